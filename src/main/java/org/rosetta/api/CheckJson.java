package org.rosetta.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.rosetta.report.JsonReportWriter;
import org.rosetta.report.Report;
import org.rosetta.report.mqm.MqmSeverity;
import org.rosetta.report.mqm.Scorecard;
import org.rosetta.report.mqm.ScoringModel;
import org.rosetta.review.CheckEvent;
import org.rosetta.review.FindingDecisions;
import org.rosetta.review.StoredFindingDecision;
import org.rosetta.review.ReviewProgress;
import org.rosetta.review.ReviewedCheck;
import org.rosetta.review.StoredCheck;
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
          for (Map.Entry<String, JsonNode> field : header(check.check(), check.progress()).properties()) {
            json.writeFieldName(field.getKey());
            json.writeTree(field.getValue());
          }
          JsonReportWriter.body(json, new Report(List.of(check.report())), (generator, lang, position) -> review(generator, check.row(lang, position)));
          Map<String, StoredFindingDecision> made = decisions.of(check.check());
          decisions(json, made.values());
          json.writeFieldName("scorecards");
          json.writeTree(scorecardArray(decisions.scorecards(check.check(), check.report().findings(), made)));
          json.writeEndObject();
        });
  }

  /** A check's history: {@code {"check", "events": [{"at", "user", "action", "lang", "subject", "before", "after"}]}}. */
  public ObjectNode history(long checkId, List<CheckEvent> events) {
    ObjectNode out = mapper.createObjectNode();
    out.put("check", checkId);
    ArrayNode array = out.putArray("events");
    for (CheckEvent event : events) {
      ObjectNode e = array.addObject();
      e.put("at", event.at.toString());
      e.put("user", event.username);
      e.put("action", event.action.code());
      e.put("lang", event.lang);
      e.put("subject", event.subject);
      e.put("before", event.before);
      e.put("after", event.after);
    }
    return out;
  }

  public ObjectNode summaryPage(int page, int size, long total) {
    ObjectNode out = mapper.createObjectNode();
    out.put("page", page);
    out.put("size", size);
    out.put("total", total);
    return out;
  }

  /** What the list of checks shows: no texts, only counts. */
  public ObjectNode summary(StoredCheck check, ReviewProgress progress) {
    return header(check, progress);
  }

  /** One link after a verdict: {@code {"lang", "position", "id", "status", "reviewer", "reviewedAt", "version"}}. */
  public String link(StoredLink row) {
    return written(
        json -> {
          json.writeStartObject();
          json.writeStringField("lang", row.lang);
          json.writeNumberField("position", row.position);
          review(json, row);
          json.writeEndObject();
        });
  }

  /** A decision on a finding: {@code {"key", "lang", "rule", "decision", "category", "severity", "reason", "reviewer", "decidedAt"}}. */
  public String decision(StoredFindingDecision row) {
    return written(json -> decision(json, row));
  }

  /** The field {@code "decisions"}: each decision as {@link #decision(StoredFindingDecision)} writes it. */
  private static void decisions(JsonGenerator json, java.util.Collection<StoredFindingDecision> made) throws IOException {
    json.writeArrayFieldStart("decisions");
    for (StoredFindingDecision row : made) {
      decision(json, row);
    }
    json.writeEndArray();
  }

  private static void decision(JsonGenerator json, StoredFindingDecision row) throws IOException {
    json.writeStartObject();
    json.writeStringField("key", row.findingKey);
    json.writeStringField("lang", row.lang);
    json.writeStringField("rule", row.rule);
    json.writeStringField("decision", row.decision.code());
    json.writeStringField("category", row.category == null ? null : row.category.code());
    json.writeStringField("severity", row.severity == null ? null : row.severity.code());
    json.writeStringField("reason", row.reason);
    json.writeStringField("reviewer", row.username);
    json.writeStringField("decidedAt", row.decidedAt.toString());
    json.writeEndObject();
  }

  /**
   * A check's scorecards: {@code {"check", "model": {"minor", "major", "critical", "passAtMost"},
   * "scorecards": [...], "decisions": [...]}}.
   */
  public String scorecards(long checkId, ScoringModel model, List<Scorecard> cards, java.util.Collection<StoredFindingDecision> made) {
    return written(
        json -> {
          json.writeStartObject();
          json.writeNumberField("check", checkId);
          json.writeObjectFieldStart("model");
          json.writeNumberField("minor", model.minor());
          json.writeNumberField("major", model.major());
          json.writeNumberField("critical", model.critical());
          json.writeNumberField("passAtMost", model.passAtMost());
          json.writeEndObject();
          json.writeFieldName("scorecards");
          json.writeTree(scorecardArray(cards));
          decisions(json, made);
          json.writeEndObject();
        });
  }

  /** Each scorecard: {@code {"lang", "words", "errors": {"minor", "major", "critical"}, "points", "perThousand", "passAtMost", "result", "open"}}. */
  private ArrayNode scorecardArray(List<Scorecard> cards) {
    ArrayNode array = mapper.createArrayNode();
    for (Scorecard card : cards) {
      ObjectNode c = array.addObject();
      c.put("lang", card.lang());
      c.put("words", card.words());
      ObjectNode errors = c.putObject("errors");
      for (MqmSeverity severity : MqmSeverity.values()) {
        errors.put(severity.code(), card.errors().get(severity));
      }
      c.put("points", card.points());
      c.put("perThousand", Math.round(card.perThousand() * 100) / 100.0);
      c.put("passAtMost", card.passAtMost());
      c.put("result", card.pass() ? "PASS" : "FAIL");
      c.put("open", card.open());
    }
    return array;
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

  private ObjectNode header(StoredCheck check, ReviewProgress progress) {
    ObjectNode out = mapper.createObjectNode();
    out.put("id", check.id);
    out.put("name", check.name);
    out.put("createdAt", check.createdAt.toString());
    out.put("version", check.version);
    out.put("engineVersion", check.engineVersion);
    ArrayNode languages = out.putArray("languages");
    check.languages().forEach(l -> languages.add(l.code()));
    if (check.glossaryName != null) {
      ObjectNode glossary = out.putObject("glossary");
      glossary.put("name", check.glossaryName);
      if (check.glossary != null) {
        glossary.put("id", check.glossary.id);
      }
    } else {
      out.putNull("glossary");
    }
    if (check.isBilingual()) {
      out.putObject("bilingual").put("name", check.bilingualName);
    } else {
      out.putNull("bilingual");
    }
    ObjectNode findings = out.putObject("findingCounts");
    findings.put("error", check.errors);
    findings.put("warning", check.warnings);
    findings.put("info", check.infos);
    ObjectNode review = out.putObject("review");
    review.put("links", progress.links());
    review.put("reviewed", progress.reviewed());
    review.put("accepted", progress.accepted());
    review.put("rejected", progress.rejected());
    return out;
  }

  private static void review(JsonGenerator json, StoredLink row) throws IOException {
    json.writeNumberField("id", row.id);
    json.writeStringField("status", row.status.code());
    json.writeStringField("reviewer", row.reviewer);
    json.writeStringField("reviewedAt", row.reviewedAt == null ? null : row.reviewedAt.toString());
    json.writeNumberField("version", row.version);
  }
}
