package org.rosetta.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.rosetta.review.CheckEvent;
import org.rosetta.review.CheckService;
import org.rosetta.review.ReviewProgress;
import org.rosetta.review.StoredCheck;
import org.rosetta.review.StoredLink;
import org.rosetta.text.Lang;

/**
 * A stored check as the API returns it: the report in the {@code --format json} contract, with
 * the check's id, version and review state added; each link gains its id, verdict and version.
 */
@ApplicationScoped
public class CheckJson {
  private final ObjectMapper mapper;
  private final CheckService checks;

  public CheckJson(ObjectMapper mapper, CheckService checks) {
    this.mapper = mapper;
    this.checks = checks;
  }

  public ObjectNode full(StoredCheck check) {
    return full(check, checks.links(check));
  }

  /** @param rows the check's links by language, in alignment order */
  public ObjectNode full(StoredCheck check, Map<Lang, List<StoredLink>> rows) {
    ObjectNode out = header(check, ReviewProgress.of(rows.values().stream().flatMap(List::stream).toList()));
    ObjectNode report = parse(check.report);
    JsonNode alignments = report.path("documents").path(0).path("alignments");
    rows.forEach(
        (lang, links) -> {
          ArrayNode array = (ArrayNode) alignments.path(lang.code());
          for (int i = 0; i < links.size() && i < array.size(); i++) {
            review((ObjectNode) array.get(i), links.get(i));
          }
        });
    out.setAll(report);
    return out;
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

  public ObjectNode link(StoredLink row) {
    ObjectNode out = mapper.createObjectNode();
    out.put("lang", row.lang);
    out.put("position", row.position);
    return review(out, row);
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

  private static ObjectNode review(ObjectNode link, StoredLink row) {
    link.put("id", row.id);
    link.put("status", row.status.code());
    link.put("reviewer", row.reviewer);
    link.put("reviewedAt", row.reviewedAt == null ? null : row.reviewedAt.toString());
    link.put("version", row.version);
    return link;
  }

  private ObjectNode parse(String json) {
    try {
      return (ObjectNode) mapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
