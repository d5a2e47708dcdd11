package org.rosetta.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every link, rejected ones included, one row each: for spreadsheets and scripts. Texts are
 * written as {@link SpreadsheetCell}s, so a translation cannot become a formula.
 */
public final class CsvExport implements AlignmentExport {
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder()
          .setHeader("language", "source_segments", "target_segments", "source", "target", "score", "status", "reviewer", "reviewed_at")
          .get();

  @Override
  public void write(String documentName, List<ReviewedLink> links, Writer out) throws IOException {
    // Not closed: the caller owns the writer.
    CSVPrinter csv = new CSVPrinter(out, FORMAT);
    for (ReviewedLink l : links) {
      csv.printRecord(
          l.lang().code(),
          l.sourceIds(),
          l.targetIds(),
          SpreadsheetCell.safe(l.sourceText()),
          SpreadsheetCell.safe(l.targetText()),
          String.format(Locale.ROOT, "%.3f", l.score()),
          l.status(),
          l.reviewer() == null ? "" : SpreadsheetCell.safe(l.reviewer()),
          l.reviewedAt() == null ? "" : l.reviewedAt().toString());
    }
    csv.flush();
  }
}
