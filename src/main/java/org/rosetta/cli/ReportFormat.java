package org.rosetta.cli;

import org.rosetta.setup.Version;
import org.rosetta.check.Severity;
import org.rosetta.report.JUnitReportWriter;
import org.rosetta.report.JsonReportWriter;
import org.rosetta.report.ReportWriter;
import org.rosetta.report.SarifReportWriter;
import org.rosetta.report.TextPositions;
import org.rosetta.report.TextReportWriter;

/** Report formats of {@code check --format}. */
public enum ReportFormat {
  text,
  json,
  sarif,
  junit,
  /** The checked XLIFF file itself, with the findings as notes ({@link org.rosetta.report.XliffNotes}). */
  xliff,
  /** The side-by-side spreadsheet ({@link org.rosetta.report.XlsxSideBySide}); binary, so to a file. */
  xlsx;

  /** @param positions lines and columns of the files checked, for the text report */
  ReportWriter writer(Severity failOn, TextPositions positions) {
    return switch (this) {
      case text -> new TextReportWriter(Severity.WARNING, positions);
      case json -> new JsonReportWriter(true);
      case sarif -> new SarifReportWriter(Version.current());
      case junit -> new JUnitReportWriter(failOn);
      case xliff -> throw new IllegalStateException("an XLIFF file is written back from its own text, not by a report writer");
      case xlsx -> throw new IllegalStateException("a spreadsheet is binary, not written by a text report writer");
    };
  }
}
