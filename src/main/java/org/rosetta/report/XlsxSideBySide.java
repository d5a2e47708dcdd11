package org.rosetta.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.rosetta.align.Link;
import org.rosetta.check.Finding;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;

/**
 * The side-by-side spreadsheet translators and QA tools read (LF Aligner's layout, which ApSIC
 * Xbench opens): a sheet per document, a row per stretch of English ({@link SideBySide}), columns
 * English | Russian | Hebrew | Findings | Status. Written with fastexcel (a streaming writer of
 * 116 KB, against the 15 MB of Apache POI with its dependencies).
 */
public final class XlsxSideBySide {
  static final List<String> HEADER = List.of("English", "Russian", "Hebrew", "Findings", "Status");
  private static final int FINDINGS = 3;
  private static final int STATUS = 4;
  /** Excel's limits on a sheet name. */
  private static final int MAX_SHEET_NAME = 31;

  private XlsxSideBySide() {}

  /** A link's status as the command line knows it: its shape and confidence, e.g. "2-1 0.97". */
  public static final BiFunction<Lang, Link, String> SHAPE_AND_CONFIDENCE = (lang, link) -> String.format(Locale.ROOT, "%s %.2f", link.shape(), link.score());

  public static void write(Report report, String version, OutputStream out) throws IOException {
    write(report, version, SHAPE_AND_CONFIDENCE, out);
  }

  /** @param status what the Status column says of a link, after its language: a review's verdict, say */
  public static void write(Report report, String version, BiFunction<Lang, Link, String> status, OutputStream out) throws IOException {
    Workbook workbook = new Workbook(out, "Rosetta", version);
    List<String> used = new ArrayList<>();
    for (DocumentReport document : report.documents()) {
      Worksheet sheet = workbook.newWorksheet(sheetName(document.name(), used));
      header(sheet);
      int r = 1;
      for (SideBySide.Row row : SideBySide.rows(document)) {
        sheet.value(r, 0, Segment.joinedText(row.english()));
        int c = 1;
        for (Lang lang : Lang.targets()) {
          sheet.value(r, c, Segment.joinedText(row.translations().getOrDefault(lang, List.of())));
          if (lang.rightToLeft()) {
            sheet.style(r, c).horizontalAlignment("right").wrapText(true).verticalAlignment("top").set();
          }
          c++;
        }
        sheet.value(r, FINDINGS, findings(row.findings()));
        sheet.value(r, STATUS, status(row.links(), status));
        r++;
      }
      sheet.range(1, 0, Math.max(1, r - 1), STATUS).style().wrapText(true).verticalAlignment("top").set();
    }
    workbook.finish();
  }

  private static void header(Worksheet sheet) {
    for (int c = 0; c < HEADER.size(); c++) {
      sheet.value(0, c, HEADER.get(c));
      sheet.style(0, c).bold().set();
      sheet.width(c, c < FINDINGS ? 60 : 40);
    }
    sheet.freezePane(0, 1);
  }

  private static String findings(List<Finding> findings) {
    List<String> lines = new ArrayList<>();
    for (Finding f : findings) {
      lines.add(f.severity().name().toLowerCase(Locale.ROOT) + " " + f.rule().id() + ": " + f.message());
    }
    return String.join("\n", lines);
  }

  /** Each translation's links in the row, e.g. "ru 2-1 0.97; he 1-1 0.99". */
  private static String status(Map<Lang, List<Link>> links, BiFunction<Lang, Link, String> status) {
    List<String> parts = new ArrayList<>();
    links.forEach((lang, list) -> list.forEach(l -> parts.add(lang.code() + " " + status.apply(lang, l))));
    return String.join("; ", parts);
  }

  private static String sheetName(String name, List<String> used) {
    String clean = name.replaceAll("[\\[\\]:*?/\\\\]", "_");
    String base = clean.isEmpty() ? "document" : clean.substring(0, Math.min(clean.length(), MAX_SHEET_NAME));
    String candidate = base;
    for (int n = 2; used.contains(candidate.toLowerCase(Locale.ROOT)); n++) {
      String suffix = " (" + n + ")";
      candidate = base.substring(0, Math.min(base.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
    }
    used.add(candidate.toLowerCase(Locale.ROOT));
    return candidate;
  }
}
