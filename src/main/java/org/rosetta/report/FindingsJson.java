package org.rosetta.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rosetta.check.Finding;
import org.rosetta.check.RuleId;
import org.rosetta.check.Severity;
import org.rosetta.text.Lang;
import org.rosetta.text.SegmentId;
import org.rosetta.text.Span;

/**
 * A document's findings as the JSON array of the report's contract ({@code findings[]}), and back:
 * how the service stores a check's findings beside the rows of its segments and links, so the
 * report is kept once and read back typed.
 */
public final class FindingsJson {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final ObjectMapper READER = new ObjectMapper();

  private FindingsJson() {}

  public static String write(List<Finding> findings) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.writeStartArray();
      for (Finding f : findings) {
        JsonReportWriter.finding(json, f);
      }
      json.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** @throws IllegalStateException when {@code json} is not what {@link #write} writes */
  public static List<Finding> read(String json) {
    JsonNode array;
    try {
      array = READER.readTree(json);
    } catch (IOException e) {
      throw new IllegalStateException("stored findings are not JSON", e);
    }
    if (array == null || !array.isArray()) {
      throw new IllegalStateException("stored findings are not a JSON array");
    }
    List<Finding> findings = new ArrayList<>(array.size());
    for (JsonNode f : array) {
      findings.add(finding(f));
    }
    return findings;
  }

  private static Finding finding(JsonNode f) {
    List<SegmentId> segments = new ArrayList<>();
    f.path("segments").forEach(s -> segments.add(SegmentId.parse(s.asText())));
    List<Span> spans = new ArrayList<>();
    f.path("spans").forEach(s -> spans.add(new Span(SegmentId.parse(s.path("segment").asText()), s.path("start").asInt(), s.path("end").asInt())));
    List<String> suggestions = new ArrayList<>();
    f.path("suggestions").forEach(s -> suggestions.add(s.asText()));
    return new Finding(
        RuleId.of(f.path("rule").asText()).orElseThrow(() -> new IllegalStateException("a stored finding names no rule Rosetta has: " + f.path("rule").asText())),
        Severity.valueOf(f.path("severity").asText().toUpperCase(Locale.ROOT)),
        Lang.of(f.path("language").asText()),
        segments,
        spans,
        f.path("message").asText(),
        f.path("expected").asText(null),
        f.path("found").asText(null),
        suggestions);
  }
}
