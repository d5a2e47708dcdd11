package org.rosetta.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.rosetta.report.JsonReportWriter;
import org.rosetta.report.Report;
import org.rosetta.review.FindingDecisions;
import org.rosetta.review.ReviewedCheck;
import org.rosetta.review.StoredFindingDecision;
import org.rosetta.review.StoredLink;

/**
 * A stored check as the API returns it: the report in the {@code --format json} contract, with
 * the check's id, version and review state added; each link gains its id, verdict and version.
 */
@ApplicationScoped
public class CheckJson {
  private final ObjectMapper mapper;
  private final FindingDecisions decisions;

  public CheckJson(ObjectMapper mapper, FindingDecisions decisions) {
    this.mapper = mapper;
    this.decisions = decisions;
  }

  /**
   * The check with its report, in one JSON text: the check's own fields, then the report's
   * {@code documents} and {@code summary}, each link with its review state. Streamed from the
   * typed check, so a book-sized check builds no tree.
   */
  public String full(ReviewedCheck check) {
    return written(
        json -> {
          json.writeStartObject();
          for (Map.Entry<String, JsonNode> field : mapper.<ObjectNode>valueToTree(CheckSummary.of(check.check(), check.progress())).properties()) {
            json.writeFieldName(field.getKey());
            json.writeTree(field.getValue());
          }
          JsonReportWriter.body(json, new Report(List.of(check.report())), (generator, lang, position) -> review(generator, check.row(lang, position)));
          Map<String, StoredFindingDecision> made = decisions.of(check.check());
          json.writeFieldName("decisions");
          json.writeObject(made.values().stream().map(FindingDecision::of).toList());
          json.writeFieldName("scorecards");
          json.writeObject(Scorecards.cards(decisions.scorecards(check.check(), check.report().findings(), made)));
          json.writeEndObject();
        });
  }

  /** Something written with a generator, as text. */
  private String written(Writing writing) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
      writing.write(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  @FunctionalInterface
  private interface Writing {
    void write(JsonGenerator json) throws IOException;
  }

  private static void review(JsonGenerator json, StoredLink row) throws IOException {
    json.writeNumberField("id", row.id);
    json.writeStringField("status", row.status.code());
    json.writeStringField("reviewer", row.reviewer);
    json.writeStringField("reviewedAt", row.reviewedAt == null ? null : row.reviewedAt.toString());
    json.writeNumberField("version", row.version);
  }
}
