package org.rosetta.review;

import org.rosetta.check.Severity;
import org.rosetta.report.DocumentReport;
import org.rosetta.report.FindingsJson;

/** Copies a fresh report's findings onto its stored check; its segments and links are rows of their own. */
final class ReportRecords {
  private ReportRecords() {}

  static void apply(StoredCheck check, DocumentReport report) {
    check.findings = FindingsJson.write(report.findings());
    check.errors = (int) report.count(Severity.ERROR);
    check.warnings = (int) report.count(Severity.WARNING);
    check.infos = (int) report.count(Severity.INFO);
  }
}
