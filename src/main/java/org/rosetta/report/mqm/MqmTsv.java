package org.rosetta.report.mqm;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.rosetta.check.Finding;
import org.rosetta.report.SpreadsheetCell;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;
import org.rosetta.text.SegmentId;
import org.rosetta.text.Span;

/**
 * Confirmed errors as MQM annotation tables are exchanged (the WMT MQM data's layout): one row per
 * error with its document, segments, source and target, the error's words marked {@code <v>…</v>}
 * where it points at them, its category and severity, and who confirmed it. Tabs and line breaks
 * inside a sentence are written as spaces, so every row is one line; a byte-order mark first and
 * every cell made inert for a spreadsheet ({@link SpreadsheetCell}), since a lead opens it in one.
 */
public final class MqmTsv {
  public static final List<String> COLUMNS =
      List.of("document", "language", "segments", "source", "target", "category", "severity", "rule", "message", "reviewer", "decided", "note");

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private MqmTsv() {}

  /** @param segments every segment of the document by id, English and translations */
  public static void write(String document, List<ConfirmedError> errors, Map<SegmentId, Segment> segments, Writer out) throws IOException {
    out.write(BYTE_ORDER_MARK);
    out.write(String.join("\t", COLUMNS));
    out.write('\n');
    for (ConfirmedError error : errors) {
      Finding f = error.finding();
      List<SegmentId> english = f.segments().stream().filter(id -> id.lang() == Lang.EN).toList();
      List<SegmentId> translated = f.segments().stream().filter(id -> id.lang() != Lang.EN).toList();
      List<String> row =
          List.of(
              document,
              f.language().code(),
              SegmentId.spaced(f.segments()),
              marked(english, f.spans(), segments),
              marked(translated, f.spans(), segments),
              error.issue().category().label(),
              error.issue().severity().code(),
              f.rule().id(),
              f.message(),
              error.reviewer(),
              error.decidedAt().toString(),
              error.note() == null ? "" : error.note());
      out.write(String.join("\t", row.stream().map(MqmTsv::cell).toList()));
      out.write('\n');
    }
  }

  /** The sentences, each span of the finding in them marked. */
  private static String marked(List<SegmentId> ids, List<Span> spans, Map<SegmentId, Segment> segments) {
    List<String> sentences = new ArrayList<>();
    for (SegmentId id : ids) {
      Segment segment = segments.get(id);
      if (segment == null) {
        continue;
      }
      String text = segment.text();
      List<Span> inside =
          spans.stream()
              .filter(s -> s.segment().equals(id) && s.start() >= segment.start() && s.end() <= segment.end() && s.end() > s.start())
              .sorted(Comparator.comparingInt(Span::start).reversed())
              .toList();
      StringBuilder out = new StringBuilder(text);
      int previousStart = Integer.MAX_VALUE;
      for (Span span : inside) {
        if (span.end() > previousStart) {
          continue;
        }
        // Spans count code points from the document's start; the text is sliced in UTF-16 chars.
        out.insert(text.offsetByCodePoints(0, span.end() - segment.start()), "</v>")
            .insert(text.offsetByCodePoints(0, span.start() - segment.start()), "<v>");
        previousStart = span.start();
      }
      sentences.add(out.toString());
    }
    return String.join(" ", sentences);
  }

  private static String cell(String value) {
    return SpreadsheetCell.safe(value.replaceAll("[\\t\\r\\n]+", " "));
  }
}
