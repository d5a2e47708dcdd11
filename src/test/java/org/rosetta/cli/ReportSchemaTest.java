package org.rosetta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosetta.Fixtures;
import org.rosetta.bilingual.TestBilingual;
import org.rosetta.check.RuleId;
import org.rosetta.text.Lang;

/**
 * The JSON report keeps to its published schema ({@code docs/report-schema.json}): the seed with a
 * forbidden term, a batch with an omission, a bilingual file unit by unit; and the schema names the
 * rules the engine has, no more and no fewer.
 */
class ReportSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SCHEMA = Path.of("docs", "report-schema.json");

  private static JsonSchema schema() throws Exception {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(JSON.readTree(SCHEMA.toFile()));
  }

  private static void assertValid(String report) throws Exception {
    JsonNode node = JSON.readTree(report);
    assertThat(schema().validate(node)).as(report.length() > 300 ? report.substring(0, 300) + "…" : report).isEmpty();
  }

  @Test
  void everyKindOfReportKeepsToTheSchema(@TempDir Path dir) throws Exception {
    Path seed = dir.resolve("seed");
    Files.createDirectories(seed);
    Files.writeString(seed.resolve(Fixtures.SEED + ".en.txt"), Fixtures.text(Lang.EN));
    Files.writeString(seed.resolve(Fixtures.SEED + ".ru.txt"), Fixtures.text(Lang.RU).replace("двусторонних отношений", "билатеральных отношений"));
    String hebrew = Fixtures.text(Lang.HE);
    Files.writeString(seed.resolve(Fixtures.SEED + ".he.txt"), hebrew.substring(0, hebrew.length() / 2));
    CommandLineRun.Result checked = CommandLineRun.launch("check", "-f", "json", "--fail-on", "never", "-g", "glossaries/diplomacy.tbx", seed.toString());
    assertThat(checked.exitCode()).as(checked.errorOutput()).isZero();
    assertValid(checked.output());
    assertThat(JSON.readTree(checked.output()).path("documents").get(0).path("findings").size()).isGreaterThan(3);

    Path xliff = dir.resolve("statement.xlf");
    Files.writeString(xliff, TestBilingual.xliff12(TestBilingual.seedUnits(Lang.RU), "ru"), StandardCharsets.UTF_8);
    CommandLineRun.Result units = CommandLineRun.launch("check", "-f", "json", "--fail-on", "never", xliff.toString());
    assertThat(units.exitCode()).as(units.errorOutput()).isZero();
    assertValid(units.output());
    assertThat(units.output()).contains("\"unit\"");
  }

  @Test
  void theSchemaRefusesAReportThatBreaksTheContract() throws Exception {
    CommandLineRun.Result checked = CommandLineRun.launch("check", "-f", "json", "--fail-on", "never", "translations");
    JsonNode report = JSON.readTree(checked.output());
    ((com.fasterxml.jackson.databind.node.ObjectNode) report.path("documents").get(0).path("findings").get(0)).put("rule", "no.such-rule");
    assertThat(schema().validate(report)).isNotEmpty();
  }

  @Test
  void theSchemaNamesEveryRuleTheEngineHas() throws Exception {
    List<String> named = new ArrayList<>();
    JSON.readTree(SCHEMA.toFile()).path("$defs").path("finding").path("properties").path("rule").path("enum").forEach(r -> named.add(r.asText()));
    assertThat(named).containsExactlyInAnyOrderElementsOf(Arrays.stream(RuleId.values()).map(RuleId::id).toList());
  }
}
