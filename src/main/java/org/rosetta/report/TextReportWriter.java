package org.rosetta.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.rosetta.align.Link;
import org.rosetta.check.Finding;
import org.rosetta.check.Severity;
import org.rosetta.report.mqm.MqmIssue;
import org.rosetta.report.mqm.MqmSeverity;
import org.rosetta.report.mqm.Scorecard;
import org.rosetta.report.mqm.ScoringModel;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;
import org.rosetta.text.SegmentId;
import org.rosetta.text.Span;

/**
 * A plain-text report for people, read like a compiler's: per document the link counts by shape,
 * then each finding as {@code FILE:LINE:COLUMN: error: message [rule]} (the form editors and CI
 * annotations jump to; a file that is not plain text is named without a line), followed by the
 * sentences it names, quoted.
 */
public final class TextReportWriter implements ReportWriter {
  /** Sentences are quoted up to this many characters: enough to recognise one. */
  static final int QUOTED = 160;
  private final Severity minimum;
  private final TextPositions positions;

  /** @param minimum findings below this severity are counted but not listed */
  public TextReportWriter(Severity minimum) {
    this(minimum, TextPositions.NONE);
  }

  /**
   * @param minimum findings below this severity are counted but not listed
   * @param positions lines and columns of the files checked
   */
  public TextReportWriter(Severity minimum, TextPositions positions) {
    this.minimum = minimum;
    this.positions = positions;
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
      Map<SegmentId, Segment> segments = new HashMap<>();
      doc.texts().values().forEach(t -> t.segments().forEach(x -> segments.put(x.id(), x)));
      for (Finding f : doc.findings()) {
        if (f.severity().atLeast(minimum)) {
          out.write(location(doc, f, segments) + ": " + level(f.severity()) + ": " + f.message() + " [" + f.rule().id() + "]\n");
          for (SegmentId id : f.segments()) {
            Segment segment = segments.get(id);
            if (segment != null) {
              out.write(String.format(Locale.ROOT, "   %-6s %s%n", id, quoted(segment.text())));
            }
          }
          if (!f.suggestions().isEmpty()) {
            String quoted = f.suggestions().stream().map(x -> "\"" + x + "\"").collect(Collectors.joining(" or "));
            out.write("   write " + quoted + "\n");
          }
        }
      }
      scorecards(doc, out);
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

  /**
   * What each translation would score if every error and warning were confirmed as the rule's
   * default MQM issue: the most a review can find against it. The command line has no reviewer;
   * the service's scorecard counts what a reviewer confirmed.
   */
  private static void scorecards(DocumentReport doc, Writer out) throws IOException {
    TextReport english = doc.texts().get(Lang.EN);
    if (english == null) {
      return;
    }
    int words = Scorecard.words(english.segments());
    for (Lang lang : Lang.targets()) {
      if (!doc.alignments().containsKey(lang)) {
        continue;
      }
      List<MqmSeverity> all = new ArrayList<>();
      for (Finding f : doc.findings()) {
        if (f.language() == lang && f.severity().atLeast(Severity.WARNING)) {
          all.add(MqmIssue.defaultFor(f).severity());
        }
      }
      Scorecard card = Scorecard.of(lang.code(), words, all, 0, ScoringModel.DEFAULT);
      out.write(
          String.format(
              Locale.ROOT,
              "   %s MQM: %.1f points per 1,000 words if every error and warning is confirmed, %s (pass at %.0f or fewer; the service scores what a reviewer confirms)%n",
              lang.code(),
              card.perThousand(),
              card.pass() ? "PASS" : "FAIL",
              card.passAtMost()));
    }
  }

  /**
   * Where a finding is: the file of its language and the place of its first span there (of the
   * translation's, when it marks both sides), or the last sentence it names (the translation's).
   */
  private String location(DocumentReport doc, Finding f, Map<SegmentId, Segment> segments) {
    Span span = f.spans().stream().filter(x -> x.segment().lang() == f.language()).findFirst().orElse(f.spans().isEmpty() ? null : f.spans().get(0));
    if (span == null && !f.segments().isEmpty()) {
      Segment last = segments.get(f.segments().get(f.segments().size() - 1));
      span = last == null ? null : new Span(last.id(), last.start(), last.end());
    }
    if (span == null) {
      return doc.name();
    }
    TextReport text = doc.texts().get(span.segment().lang());
    String file = text == null || text.file() == null ? doc.name() : text.file();
    Span at = span;
    return positions.of(doc.name(), span).map(p -> file + ":" + p.line() + ":" + p.column()).orElseGet(() -> file + ": " + at.segment());
  }

  /** As compilers say it: a note is what Rosetta calls information. */
  private static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  private static String quoted(String text) {
    String oneLine = text.replaceAll("\\s+", " ");
    return oneLine.length() > QUOTED ? oneLine.substring(0, QUOTED - 1) + "…" : oneLine;
  }

  private static String shapes(List<Link> links) {
    java.util.Map<String, Long> counts = new java.util.TreeMap<>();
    links.forEach(l -> counts.merge(l.shape(), 1L, Long::sum));
    StringBuilder sb = new StringBuilder();
    counts.forEach((shape, n) -> sb.append(sb.length() == 0 ? "" : ", ").append(n).append("×").append(shape));
    return sb.toString();
  }
}
