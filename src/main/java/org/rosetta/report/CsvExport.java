package org.rosetta.report;

import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rosetta.check.Finding;
import org.rosetta.text.Lang;
import org.rosetta.text.SegmentId;

/**
 * Every link, rejected ones included, one row each, with the findings on its sentences: for
 * spreadsheets and scripts. Texts are written as {@link SpreadsheetCell}s, so a translation cannot
 * become a formula; the file starts with a byte-order mark, without which Excel reads UTF-8 as
 * the system's code page and garbles Cyrillic and Hebrew.
 */
public final class CsvExport implements AlignmentExport {
  private static final char BYTE_ORDER_MARK = '\uFEFF';
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder()
          .setHeader("language", "source_segments", "target_segments", "source", "target", "score", "status", "reviewer", "reviewed_at", "findings")
          .get();
  private final List<Finding> findings;

  /** @param findings the document's findings, each written on the rows of the links whose sentences it names */
  public CsvExport(List<Finding> findings) {
    this.findings = List.copyOf(findings);
  }

  @Override
  public void write(String documentName, List<ReviewedLink> links, Writer out) throws IOException {
    out.write(BYTE_ORDER_MARK);
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
          l.reviewedAt() == null ? "" : l.reviewedAt().toString(),
          SpreadsheetCell.safe(findingsOn(l)));
    }
    csv.flush();
  }

  /** The findings of the link's language that name one of its sentences, and the English ones on its English, a line each. */
  private String findingsOn(ReviewedLink link) {
    Set<SegmentId> ids = new HashSet<>();
    link.source().forEach(s -> ids.add(s.id()));
    link.target().forEach(s -> ids.add(s.id()));
    return findings.stream()
        .filter(f -> f.language() == link.lang() || (f.language() == Lang.EN && !link.source().isEmpty()))
        .filter(f -> f.segments().stream().anyMatch(ids::contains))
        .map(f -> f.severity().code() + " " + f.rule().id() + ": " + f.message())
        .collect(Collectors.joining("\n"));
  }
}
