package org.rosetta.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.rosetta.check.Finding;
import org.rosetta.check.RuleId;
import org.rosetta.check.Severity;
import org.rosetta.text.Span;

/**
 * SARIF 2.1.0, which code-scanning dashboards read: one result per finding, located in the file
 * of each span by character offset and length (in code points).
 */
public final class SarifReportWriter implements ReportWriter {
  private static final JsonFactory FACTORY = new JsonFactory();
  private final String version;

  public SarifReportWriter(String version) {
    this.version = version;
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
      json.writeStringField("version", "2.1.0");
      json.writeArrayFieldStart("runs");
      json.writeStartObject();
      json.writeObjectFieldStart("tool");
      json.writeObjectFieldStart("driver");
      json.writeStringField("name", "Rosetta");
      json.writeStringField("version", version);
      json.writeArrayFieldStart("rules");
      for (RuleId rule : RuleId.values()) {
        json.writeStartObject();
        json.writeStringField("id", rule.id());
        json.writeObjectFieldStart("shortDescription");
        json.writeStringField("text", rule.description());
        json.writeEndObject();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndObject();
      json.writeArrayFieldStart("results");
      for (DocumentReport doc : report.documents()) {
        for (Finding f : doc.findings()) {
          result(json, doc, f);
        }
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write('\n');
  }

  private static void result(JsonGenerator json, DocumentReport doc, Finding f) throws IOException {
    json.writeStartObject();
    json.writeStringField("ruleId", f.rule().id());
    json.writeStringField("level", level(f.severity()));
    json.writeObjectFieldStart("message");
    json.writeStringField("text", doc.name() + ": " + f.message());
    json.writeEndObject();
    json.writeArrayFieldStart("locations");
    for (Span span : f.spans()) {
      json.writeStartObject();
      json.writeObjectFieldStart("physicalLocation");
      artifact(json, doc, span);
      region(json, "region", span);
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    if (!f.suggestions().isEmpty() && !f.spans().isEmpty()) {
      fixes(json, doc, f.spans().get(0), f.suggestions());
    }
    json.writeEndObject();
  }

  /** Each suggestion as a fix replacing the found words, which SARIF viewers offer to apply. */
  private static void fixes(JsonGenerator json, DocumentReport doc, Span span, List<String> suggestions) throws IOException {
    json.writeArrayFieldStart("fixes");
    for (String suggestion : suggestions) {
      json.writeStartObject();
      json.writeObjectFieldStart("description");
      json.writeStringField("text", "Replace with \"" + suggestion + "\"");
      json.writeEndObject();
      json.writeArrayFieldStart("artifactChanges");
      json.writeStartObject();
      artifact(json, doc, span);
      json.writeArrayFieldStart("replacements");
      json.writeStartObject();
      region(json, "deletedRegion", span);
      json.writeObjectFieldStart("insertedContent");
      json.writeStringField("text", suggestion);
      json.writeEndObject();
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void artifact(JsonGenerator json, DocumentReport doc, Span span) throws IOException {
    TextReport text = doc.texts().get(span.segment().lang());
    json.writeObjectFieldStart("artifactLocation");
    json.writeStringField("uri", text == null ? doc.name() : text.file());
    json.writeEndObject();
  }

  private static void region(JsonGenerator json, String field, Span span) throws IOException {
    json.writeObjectFieldStart(field);
    json.writeNumberField("charOffset", span.start());
    json.writeNumberField("charLength", span.end() - span.start());
    json.writeEndObject();
  }

  private static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }
}
