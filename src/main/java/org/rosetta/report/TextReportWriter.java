package org.rosetta.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.rosetta.align.Link;
import org.rosetta.check.Finding;
import org.rosetta.check.Severity;
import org.rosetta.text.Lang;

/** A plain-text report for people: per document, link counts by shape, then the findings. */
public final class TextReportWriter implements ReportWriter {
  private final Severity minimum;

  /** @param minimum findings below this severity are counted but not listed */
  public TextReportWriter(Severity minimum) {
    this.minimum = minimum;
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    for (DocumentReport doc : report.documents()) {
      out.write("== " + doc.name() + "\n");
      for (Lang lang : Lang.values()) {
        TextReport text = doc.texts().get(lang);
        if (text != null) {
          out.write(String.format(Locale.ROOT, "   %s  %4d segments  %s%n", lang.code(), text.segments().size(), text.file()));
        }
      }
      for (Lang lang : Lang.targets()) {
        List<Link> links = doc.alignments().get(lang);
        if (links != null) {
          out.write(String.format(Locale.ROOT, "   en-%s %d links: %s%n", lang.code(), links.size(), shapes(links)));
        }
      }
      for (Finding f : doc.findings()) {
        if (f.severity().atLeast(minimum)) {
          out.write(String.format(Locale.ROOT, "   %-7s %-3s %-24s %s%n", f.severity().code(), f.language(), f.rule(), f.message()));
          if (!f.suggestions().isEmpty()) {
            String quoted = f.suggestions().stream().map(x -> "\"" + x + "\"").collect(java.util.stream.Collectors.joining(" or "));
            out.write(String.format(Locale.ROOT, "   %-7s %-3s %-24s write %s%n", "", "", "", quoted));
          }
        }
      }
      out.write(
          String.format(
              Locale.ROOT,
              "   %d errors, %d warnings, %d notes%n%n",
              doc.count(Severity.ERROR),
              doc.count(Severity.WARNING),
              doc.count(Severity.INFO)));
    }
    out.write(
        String.format(
            Locale.ROOT,
            "%d documents: %d errors, %d warnings, %d notes%n",
            report.documents().size(),
            report.count(Severity.ERROR),
            report.count(Severity.WARNING),
            report.count(Severity.INFO)));
  }

  private static String shapes(List<Link> links) {
    java.util.Map<String, Long> counts = new java.util.TreeMap<>();
    links.forEach(l -> counts.merge(l.shape(), 1L, Long::sum));
    StringBuilder sb = new StringBuilder();
    counts.forEach((shape, n) -> sb.append(sb.length() == 0 ? "" : ", ").append(n).append("×").append(shape));
    return sb.toString();
  }
}
