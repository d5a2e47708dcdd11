package org.rosetta.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rosetta.account.Roles;

/**
 * Decisions on findings and the MQM scorecard they add up to: a reviewer confirms a number changed
 * and a name left out, dismisses a finding with a reason, changes a decision and takes one back;
 * the scorecard follows a hand computation, the history records each step, and the MQM table
 * holds the confirmed errors.
 */
@QuarkusTest
@TestSecurity(user = "Rita", roles = Roles.REVIEWER)
class FindingDecisionApiTest {
  static {
    io.restassured.RestAssured.registerParser(Problem.MEDIA_TYPE, io.restassured.parsing.Parser.JSON);
  }

  @jakarta.inject.Inject org.rosetta.review.Dismissals dismissals;

  /** Dismissals are the team's, shared by every check: a test that stops halfway leaves none behind for the next. */
  @org.junit.jupiter.api.AfterEach
  void forgetDismissals() {
    dismissals.list().forEach(d -> dismissals.delete(d.id));
  }

  private static final String EN = "The plan costs 40 million dollars. Next week, Keselowski will sign it.";
  private static final String RU = "План стоит 45 миллионов долларов. На следующей неделе он подпишет его.";
  /** The, plan, costs, million, dollars, Next, week, Keselowski, will, sign, it: the number is not a word. */
  private static final int WORDS = 11;

  @Test
  void confirmedFindingsMakeTheScoreDismissedOnesDoNot() throws Exception {
    JsonPath check = CheckApiTest.create(Map.of("name", "scored", "en", EN, "ru", RU));
    long id = check.getLong("id");
    String number = key(check, "numbers.mismatch");
    String name = key(check, "names.missing");
    int openBefore = openErrorsAndWarnings(check, "ru");

    JsonPath confirmed = decide(id, number, Map.of("decision", "confirmed")).statusCode(200).extract().jsonPath();
    assertThat(confirmed.getString("category")).isEqualTo("accuracy");
    assertThat(confirmed.getString("severity")).isEqualTo("major");
    assertThat(confirmed.getString("reviewer")).isEqualTo("Rita");

    decide(id, name, Map.of("decision", "dismissed")).statusCode(400).body(containsString("reason"));
    decide(id, name, Map.of("decision", "dismissed", "reason", "the pronoun names him")).statusCode(200);
    Map<String, Object> ru = scorecard(id);
    assertThat(ru.get("errors")).isEqualTo(Map.of("minor", 0, "major", 1, "critical", 0));
    assertThat(((Number) ru.get("perThousand")).doubleValue()).isCloseTo(5 * 1000.0 / WORDS, org.assertj.core.data.Offset.offset(0.01));
    assertThat(ru.get("open")).isEqualTo(openBefore - 2);

    decide(id, name, Map.of("decision", "confirmed", "severity", "critical", "reason", "his name is the news")).statusCode(200);
    ru = scorecard(id);
    assertThat(ru.get("words")).isEqualTo(WORDS);
    assertThat(ru.get("errors")).isEqualTo(Map.of("minor", 0, "major", 1, "critical", 1));
    assertThat(((Number) ru.get("points")).doubleValue()).isEqualTo(30.0);
    assertThat(((Number) ru.get("perThousand")).doubleValue()).isCloseTo(30 * 1000.0 / WORDS, org.assertj.core.data.Offset.offset(0.01));
    assertThat(ru.get("result")).isEqualTo("FAIL");

    String[] table = given().get("/api/checks/" + id + "/export?format=mqm").then().statusCode(200)
        .contentType(containsString("text/tab-separated-values")).extract().asString().split("\n");
    assertThat(table[0]).as("a byte-order mark, then the header").startsWith("\uFEFFdocument\tlanguage\tsegments\tsource\ttarget\tcategory\tseverity");
    assertThat(table).hasSize(3);
    List<String> numberRow = Arrays.asList(table[1].split("\t", -1));
    assertThat(numberRow.get(0)).isEqualTo("scored");
    assertThat(numberRow.get(3)).isEqualTo("The plan costs <v>40 million</v> dollars.");
    assertThat(numberRow.subList(5, 8)).containsExactly("Accuracy", "major", "numbers.mismatch");
    List<String> nameRow = Arrays.asList(table[2].split("\t", -1));
    assertThat(nameRow.get(3)).contains("<v>Keselowski</v>");
    assertThat(nameRow.subList(5, 8)).containsExactly("Accuracy", "critical", "names.missing");
    assertThat(nameRow.get(11)).isEqualTo("his name is the news");

    given().delete("/api/checks/" + id + "/findings/" + name).then().statusCode(204);
    assertThat(scorecard(id).get("errors")).isEqualTo(Map.of("minor", 0, "major", 1, "critical", 0));
    given().delete("/api/checks/" + id + "/findings/" + name).then().statusCode(404);

    String served = given().get("/api/checks/" + id).then().statusCode(200).extract().asString();
    JsonPath full = JsonPath.from(served);
    assertThat(full.getList("decisions.key")).containsExactly(number);
    // The check as the API serves it keeps to the report's schema, its review fields beside.
    com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    assertThat(com.networknt.schema.JsonSchemaFactory.getInstance(com.networknt.schema.SpecVersion.VersionFlag.V202012)
            .getSchema(mapper.readTree(java.nio.file.Path.of("docs", "report-schema.json").toFile()))
            .validate(mapper.readTree(served)))
        .isEmpty();
    assertThat(full.getString("scorecards[0].lang")).isEqualTo("ru");

    List<Map<String, Object>> events = given().get("/api/checks/" + id + "/history").then().statusCode(200).extract().jsonPath().getList("events");
    List<Map<String, Object>> decisions = events.stream().filter(e -> "finding".equals(e.get("action"))).toList();
    assertThat(decisions).extracting(e -> e.get("after"))
        .containsExactly(
            "confirmed: Accuracy, major",
            "dismissed: the pronoun names him",
            "confirmed: Accuracy, critical (his name is the news)",
            "open");
    assertThat(decisions).allSatisfy(e -> assertThat(e.get("user")).isEqualTo("Rita"));
    assertThat((String) decisions.get(1).get("subject")).startsWith("names.missing en-2 ru-2");
  }

  @Test
  void aDecisionNamesAFindingTheCheckHasAndAKnownCategory() {
    JsonPath check = CheckApiTest.create(Map.of("name", "keys", "en", EN, "ru", RU));
    long id = check.getLong("id");
    decide(id, "0123456789abcdef", Map.of("decision", "confirmed")).statusCode(404).contentType("application/problem+json");
    decide(id, "not-a-key", Map.of("decision", "confirmed")).statusCode(400);
    decide(id, key(check, "numbers.mismatch"), Map.of("decision", "confirmed", "category", "grammar")).statusCode(400).body(containsString("category"));
    decide(id, key(check, "numbers.mismatch"), Map.of("decision", "dismissed", "reason", "fine", "severity", "major")).statusCode(400);
    given().get("/api/checks/987654/scorecard").then().statusCode(404);
  }

  /**
   * A false alarm dismissed on one check is information on the next check of the same text, saying
   * who dismissed it and why; a lead deletes the dismissal and the alarm is back.
   */
  @Test
  @TestSecurity(user = "Lena", roles = Roles.LEAD)
  void aDismissedFalseAlarmDoesNotComeBackUntilALeadDeletesTheDismissal() {
    Map<String, Object> texts = Map.of("en", "The minister met Kowalczyk in Warsaw on Monday.", "ru", "Министр встретился с ним в Варшаве в понедельник.");
    JsonPath first = CheckApiTest.create(with(texts, "first"));
    decide(first.getLong("id"), key(first, "names.missing"), Map.of("decision", "dismissed", "reason", "he is named in the previous sentence"))
        .statusCode(200);
    List<Map<String, Object>> learned = given().get("/api/dismissals").then().statusCode(200).extract().jsonPath().getList("items");
    Map<String, Object> dismissal = learned.stream().filter(d -> "Kowalczyk".equals(d.get("expected"))).findFirst().orElseThrow();
    assertThat(dismissal).containsEntry("rule", "names.missing").containsEntry("user", "Lena").containsEntry("check", first.getInt("id"));

    JsonPath second = CheckApiTest.create(with(texts, "second"));
    Map<String, Object> again = finding(second, "names.missing");
    assertThat(again.get("severity")).isEqualTo("info");
    assertThat((String) again.get("message")).endsWith("(dismissed as a false alarm by Lena: he is named in the previous sentence)");
    assertThat(again.get("key")).isEqualTo(key(first, "names.missing"));

    given().delete("/api/dismissals/" + dismissal.get("id")).then().statusCode(204);
    given().delete("/api/dismissals/" + dismissal.get("id")).then().statusCode(404);
    assertThat(finding(CheckApiTest.create(with(texts, "third")), "names.missing").get("severity")).isEqualTo("error");
  }

  @Test
  void aReviewerSeesTheDismissalsButCannotDeleteThem() {
    given().get("/api/dismissals").then().statusCode(200);
    given().delete("/api/dismissals/1").then().statusCode(403);
  }

  @Test
  @TestSecurity
  void noOneDecidesAnonymously() {
    decide(1, "0123456789abcdef", Map.of("decision", "confirmed")).statusCode(401);
    given().get("/api/checks/1/scorecard").then().statusCode(401);
    given().get("/api/dismissals").then().statusCode(401);
  }

  @Test
  @TestSecurity(user = "Lena", roles = Roles.LEAD)
  void aLeadDecidesToo() {
    JsonPath check = CheckApiTest.create(Map.of("name", "lead", "en", EN, "ru", RU));
    decide(check.getLong("id"), key(check, "numbers.mismatch"), Map.of("decision", "confirmed", "category", "terminology", "severity", "minor"))
        .statusCode(200)
        .body(containsString("\"category\":\"terminology\""))
        .body(containsString("\"reviewer\":\"Lena\""));
  }

  private static io.restassured.response.ValidatableResponse decide(long id, String key, Map<String, Object> body) {
    return given().contentType(ContentType.JSON).body(body).put("/api/checks/" + id + "/findings/" + key).then();
  }

  private static Map<String, Object> scorecard(long id) {
    JsonPath card = given().get("/api/checks/" + id + "/scorecard").then().statusCode(200).extract().jsonPath();
    assertThat(card.getDouble("model.major")).isEqualTo(5.0);
    return card.getMap("scorecards.find { it.lang == 'ru' }");
  }

  private static String key(JsonPath check, String rule) {
    return (String) finding(check, rule).get("key");
  }

  private static Map<String, Object> finding(JsonPath check, String rule) {
    List<Map<String, Object>> findings = check.getList("documents[0].findings");
    return findings.stream().filter(f -> rule.equals(f.get("rule")) && "ru".equals(f.get("language"))).findFirst()
        .orElseThrow(() -> new AssertionError("no " + rule + " among " + findings));
  }

  private static Map<String, Object> with(Map<String, Object> texts, String name) {
    Map<String, Object> body = new java.util.HashMap<>(texts);
    body.put("name", name);
    return body;
  }

  private static int openErrorsAndWarnings(JsonPath check, String lang) {
    List<Map<String, Object>> findings = check.getList("documents[0].findings");
    return (int) findings.stream().filter(f -> lang.equals(f.get("language")) && !"info".equals(f.get("severity"))).count();
  }
}
