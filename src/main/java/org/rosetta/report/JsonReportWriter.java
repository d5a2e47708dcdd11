package org.rosetta.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.rosetta.align.Link;
import org.rosetta.check.Finding;
import org.rosetta.check.RuleId;
import org.rosetta.check.Severity;
import org.rosetta.detect.Detection;
import org.rosetta.report.mqm.FindingKey;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;
import org.rosetta.text.SegmentId;
import org.rosetta.text.Span;

/**
 * The JSON report: the contract shared by the command line, the REST API and the web page,
 * documented field by field in the README. Streamed, so a book-sized report needs no tree.
 */
public final class JsonReportWriter implements ReportWriter {
  private static final JsonFactory FACTORY = new JsonFactory();
  private final boolean pretty;

  public JsonReportWriter(boolean pretty) {
    this.pretty = pretty;
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (pretty) {
        json.useDefaultPrettyPrinter();
      }
      json.writeStartObject();
      body(json, report, LinkFields.NONE);
      json.writeEndObject();
    }
    out.write('\n');
  }

  /**
   * What a caller adds to each link of an alignment (the API: its id and verdict), written after
   * the link's own fields.
   */
  @FunctionalInterface
  public interface LinkFields {
    LinkFields NONE = (json, lang, position) -> {};

    void write(JsonGenerator json, Lang lang, int position) throws IOException;
  }

  /**
   * Writes the report's {@code documents} and {@code summary} fields into an object the caller
   * has opened; the API puts the check's own fields before them.
   */
  public static void body(JsonGenerator json, Report report, LinkFields extra) throws IOException {
    json.writeArrayFieldStart("documents");
    for (DocumentReport doc : report.documents()) {
      document(json, doc, extra);
    }
    json.writeEndArray();
    summary(json, report);
  }

  private static void document(JsonGenerator json, DocumentReport doc, LinkFields extra) throws IOException {
    json.writeStartObject();
    json.writeStringField("name", doc.name());
    json.writeObjectFieldStart("texts");
    for (Map.Entry<Lang, TextReport> e : doc.texts().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
      text(json, e.getValue());
    }
    json.writeEndObject();
    json.writeObjectFieldStart("alignments");
    for (Lang lang : Lang.targets()) {
      List<Link> links = doc.alignments().get(lang);
      if (links == null) {
        continue;
      }
      List<Segment> en = doc.texts().get(Lang.EN).segments();
      List<Segment> target = doc.texts().get(lang).segments();
      json.writeArrayFieldStart(lang.code());
      for (int i = 0; i < links.size(); i++) {
        Link l = links.get(i);
        json.writeStartObject();
        ids(json, "source", en.subList(l.sourceFrom(), l.sourceTo()));
        ids(json, "target", target.subList(l.targetFrom(), l.targetTo()));
        json.writeNumberField("score", l.score());
        extra.write(json, lang, i);
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    json.writeEndObject();
    json.writeArrayFieldStart("findings");
    for (Finding f : doc.findings()) {
      finding(json, f);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void text(JsonGenerator json, TextReport text) throws IOException {
    json.writeObjectFieldStart(text.lang().code());
    json.writeStringField("file", text.file());
    json.writeStringField("direction", text.lang().rightToLeft() ? "rtl" : "ltr");
    json.writeArrayFieldStart("segments");
    for (Segment s : text.segments()) {
      Detection d = text.detection(s.index());
      json.writeStartObject();
      json.writeStringField("id", s.id().toString());
      json.writeNumberField("start", s.start());
      json.writeNumberField("end", s.end());
      json.writeStringField("text", s.text());
      json.writeNumberField("paragraph", s.paragraph());
      json.writeStringField("kind", s.kind().name().toLowerCase(java.util.Locale.ROOT));
      json.writeStringField("language", d.language());
      json.writeNumberField("confidence", Math.round(d.confidence() * 1000) / 1000.0);
      if (text.unit(s.index()) != null) {
        json.writeStringField("unit", text.unit(s.index()));
      }
      if (text.isHeading(s.index())) {
        json.writeBooleanField("heading", true);
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void ids(JsonGenerator json, String field, List<Segment> segments) throws IOException {
    json.writeArrayFieldStart(field);
    for (Segment s : segments) {
      json.writeString(s.id().toString());
    }
    json.writeEndArray();
  }

  static void finding(JsonGenerator json, Finding f) throws IOException {
    json.writeStartObject();
    json.writeStringField("key", FindingKey.of(f));
    json.writeStringField("rule", f.rule().id());
    json.writeStringField("severity", f.severity().code());
    json.writeStringField("language", f.language().code());
    json.writeArrayFieldStart("segments");
    for (SegmentId id : f.segments()) {
      json.writeString(id.toString());
    }
    json.writeEndArray();
    json.writeArrayFieldStart("spans");
    for (Span span : f.spans()) {
      json.writeStartObject();
      json.writeStringField("segment", span.segment().toString());
      json.writeNumberField("start", span.start());
      json.writeNumberField("end", span.end());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeStringField("message", f.message());
    if (f.expected() != null) {
      json.writeStringField("expected", f.expected());
    }
    if (f.found() != null) {
      json.writeStringField("found", f.found());
    }
    if (f.rule() == RuleId.TERMINOLOGY_FORBIDDEN || !f.suggestions().isEmpty()) {
      json.writeArrayFieldStart("suggestions");
      for (String suggestion : f.suggestions()) {
        json.writeString(suggestion);
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  private static void summary(JsonGenerator json, Report report) throws IOException {
    json.writeObjectFieldStart("summary");
    json.writeNumberField("documents", report.documents().size());
    json.writeObjectFieldStart("segments");
    for (Lang lang : Lang.values()) {
      json.writeNumberField(
          lang.code(),
          report.documents().stream()
              .mapToInt(d -> d.texts().containsKey(lang) ? d.texts().get(lang).segments().size() : 0)
              .sum());
    }
    json.writeEndObject();
    json.writeObjectFieldStart("findings");
    for (Severity s : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
      json.writeNumberField(s.code(), report.count(s));
    }
    json.writeEndObject();
    json.writeObjectFieldStart("rules");
    for (Map.Entry<String, Integer> e : report.countByRule().entrySet()) {
      json.writeNumberField(e.getKey(), e.getValue());
    }
    json.writeEndObject();
    json.writeEndObject();
  }
}
