package org.rosetta.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rosetta.Engine;
import org.rosetta.Evidence;
import org.rosetta.Fixtures;
import org.rosetta.check.Severity;
import org.rosetta.segment.SentenceSegmenter;
import org.rosetta.text.Lang;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class ReportWritersTest {
  private static Report report;
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void check() {
    String russian = Fixtures.text(Lang.RU).replace("с воинствующим исламом", "с милитантным исламом");
    Engine engine = Engine.withoutDetection(new SentenceSegmenter(), Engine.AlignerKind.ANCHORED);
    report = new Report(List.of(engine.check(Fixtures.seed(Map.of(Lang.RU, russian)), Evidence.of(Fixtures.glossary()))));
  }

  private static String render(ReportWriter writer) throws Exception {
    StringWriter out = new StringWriter();
    writer.write(report, out);
    return out.toString();
  }

  @Test
  void jsonLinksEverySegmentExactlyOncePerTranslation() throws Exception {
    JsonNode doc = JSON.readTree(render(new JsonReportWriter(false))).path("documents").get(0);

    assertThat(doc.path("name").asText()).isEqualTo("eventputin301115");
    JsonNode first = doc.path("texts").path("en").path("segments").get(0);
    assertThat(first.fieldNames()).toIterable().contains("id", "start", "end", "text", "paragraph", "language", "confidence");
    assertThat(doc.path("texts").path("he").path("direction").asText()).isEqualTo("rtl");
    for (String lang : List.of("ru", "he")) {
      Map<String, Integer> seen = new HashMap<>();
      for (JsonNode link : doc.path("alignments").path(lang)) {
        link.path("source").forEach(id -> seen.merge(id.asText(), 1, Integer::sum));
        link.path("target").forEach(id -> seen.merge(id.asText(), 1, Integer::sum));
        assertThat(link.path("score").asDouble()).isBetween(0.0, 1.0);
      }
      for (String side : List.of("en", lang)) {
        for (JsonNode s : doc.path("texts").path(side).path("segments")) {
          assertThat(seen.get(s.path("id").asText())).as("links of %s in en-%s", s.path("id").asText(), lang).isEqualTo(1);
        }
      }
    }
    JsonNode forbidden = doc.path("findings").findParents("rule").stream()
        .filter(f -> f.path("rule").asText().equals("terminology.forbidden")).findFirst().orElseThrow();
    assertThat(forbidden.path("severity").asText()).isEqualTo("error");
    assertThat(forbidden.path("found").asText()).isEqualTo("милитантным исламом");
    assertThat(forbidden.path("spans").get(0).path("segment").asText()).startsWith("ru-");
    assertThat(forbidden.path("suggestions")).extracting(JsonNode::asText).containsExactly("воинствующим исламом", "радикальным исламом");
  }

  @Test
  void jsonSummaryCountsFindings() throws Exception {
    JsonNode summary = JSON.readTree(render(new JsonReportWriter(true))).path("summary");

    assertThat(summary.path("documents").asInt()).isEqualTo(1);
    assertThat(summary.path("findings").path("error").asLong()).isEqualTo(report.count(Severity.ERROR));
    assertThat(summary.path("rules").path("terminology.forbidden").asInt()).isEqualTo(1);
    assertThat(summary.path("segments").path("en").asInt()).isEqualTo(24);
  }

  @Test
  void sarifHasOneResultPerFindingWithItsLocation() throws Exception {
    JsonNode sarif = JSON.readTree(render(new SarifReportWriter("test")));

    assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
    JsonNode results = sarif.path("runs").get(0).path("results");
    assertThat(results).hasSize(report.documents().get(0).findings().size());
    JsonNode forbidden = results.findParents("ruleId").stream()
        .filter(r -> r.path("ruleId").asText().equals("terminology.forbidden")).findFirst().orElseThrow();
    assertThat(forbidden.path("level").asText()).isEqualTo("error");
    JsonNode location = forbidden.path("locations").get(0).path("physicalLocation");
    assertThat(location.path("artifactLocation").path("uri").asText()).endsWith("eventputin301115.ru.txt");
    assertThat(location.path("region").path("charLength").asInt()).isEqualTo("милитантным исламом".length());
    JsonNode fix = forbidden.path("fixes").get(0).path("artifactChanges").get(0);
    assertThat(fix.path("artifactLocation").path("uri").asText()).endsWith("eventputin301115.ru.txt");
    JsonNode replacement = fix.path("replacements").get(0);
    assertThat(replacement.path("deletedRegion")).isEqualTo(location.path("region"));
    assertThat(replacement.path("insertedContent").path("text").asText()).isEqualTo("воинствующим исламом");
    assertThat(forbidden.path("fixes")).hasSize(2);
  }

  @Test
  void junitXmlFailsTheRuleThatFoundSomething() throws Exception {
    Document xml =
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(render(new JUnitReportWriter(Severity.ERROR)))));

    var suite = xml.getDocumentElement().getElementsByTagName("testsuite").item(0);
    assertThat(suite.getAttributes().getNamedItem("failures").getNodeValue()).isEqualTo("1");
    var failures = xml.getElementsByTagName("failure");
    assertThat(failures.getLength()).isEqualTo(1);
    assertThat(failures.item(0).getParentNode().getAttributes().getNamedItem("name").getNodeValue()).isEqualTo("terminology.forbidden [ru]");
  }

  @Test
  void textReportNamesEveryErrorAndTheTotals() throws Exception {
    String text = render(new TextReportWriter(Severity.WARNING));

    assertThat(text).contains("== eventputin301115").contains("terminology.forbidden").contains("милитантным исламом")
        .contains("write \"воинствующим исламом\" or \"радикальным исламом\"")
        .contains("1 documents: 1 errors");
    // One forbidden term (terminology, major: 5 points) in the seed's 382 English words: 13.1 per 1,000.
    assertThat(text).contains("   ru MQM: 13.1 points per 1,000 words if every error and warning is confirmed, FAIL (pass at 10 or fewer")
        .contains("   he MQM: 0.0 points per 1,000 words if every error and warning is confirmed, PASS");
  }
}
