package org.rosetta.review;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.rosetta.check.Severity;
import org.rosetta.report.DocumentReport;
import org.rosetta.report.JsonReportWriter;
import org.rosetta.report.Report;

/** Copies a fresh report onto its stored check: the JSON contract and the finding counts. */
final class ReportRecords {
  private ReportRecords() {}

  static void apply(StoredCheck check, DocumentReport report) {
    StringWriter json = new StringWriter();
    try {
      new JsonReportWriter(false).write(new Report(List.of(report)), json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    check.report = json.toString();
    check.errors = (int) report.count(Severity.ERROR);
    check.warnings = (int) report.count(Severity.WARNING);
    check.infos = (int) report.count(Severity.INFO);
  }
}
