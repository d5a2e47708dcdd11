package org.rosetta.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rosetta.account.Roles;

/** The audit trail of a check: every change, who made it, when, and the state before and after. */
@QuarkusTest
@TestSecurity(user = "Dana", roles = Roles.LEAD)
class CheckHistoryApiTest {
  static {
    io.restassured.RestAssured.registerParser(Problem.MEDIA_TYPE, io.restassured.parsing.Parser.JSON);
  }

  @Test
  void everyChangeIsRecordedWithItsUserAndStatesAndOutlivesTheCheck() {
    JsonPath check = CheckApiTest.create(Map.of("name", "audited", "en", "The meeting was long. It ended late.", "ru", "Встреча была долгой. Она закончилась поздно."));
    long id = check.getLong("id");
    Map<String, Object> first = CheckApiTest.links(check, "ru").get(0);

    given().contentType(ContentType.JSON).body(Map.of("status", "accepted", "version", first.get("version")))
        .put("/api/checks/" + id + "/links/" + first.get("id")).then().statusCode(200);
    JsonPath merged = given().contentType(ContentType.JSON).body(Map.of("link", first.get("id"), "version", check.getLong("version")))
        .post("/api/checks/" + id + "/merge").then().statusCode(200).extract().jsonPath();
    Object whole = merged.getLong("links[0].id");
    JsonPath split = given().contentType(ContentType.JSON).body(Map.of("link", whole, "sources", 1, "targets", 1, "version", merged.getLong("version")))
        .post("/api/checks/" + id + "/split").then().statusCode(200).extract().jsonPath();
    given().contentType(ContentType.JSON).body(Map.of("lang", "ru", "segment", "ru-2", "to", "en-1", "version", split.getLong("version")))
        .post("/api/checks/" + id + "/relink").then().statusCode(200);
    // A refused change is not a change: nothing is recorded for it.
    given().contentType(ContentType.JSON).body(Map.of("lang", "ru", "segment", "ru-2", "to", "en-1", "version", 0))
        .post("/api/checks/" + id + "/relink").then().statusCode(409);

    JsonPath history = given().get("/api/checks/" + id + "/history").then().statusCode(200).extract().jsonPath();

    assertThat(history.getList("events.action", String.class)).containsExactly("created", "verdict", "merge", "split", "relink");
    assertThat(history.getList("events.user", String.class)).containsOnly("Dana");
    List<Map<String, Object>> events = history.getList("events");
    assertThat(events.get(0).get("after")).asString().contains("\"audited\"").contains("en, ru");
    assertThat(events.get(1)).containsEntry("lang", "ru").containsEntry("subject", "en-1 → ru-1")
        .containsEntry("before", "unreviewed").containsEntry("after", "accepted");
    assertThat(events.get(2)).containsEntry("before", "en-1 → ru-1; en-2 → ru-2").containsEntry("after", "en-1 en-2 → ru-1 ru-2");
    assertThat(events.get(3)).containsEntry("before", "en-1 en-2 → ru-1 ru-2").containsEntry("after", "en-1 → ru-1; en-2 → ru-2");
    assertThat(events.get(4)).containsEntry("before", "en-1 → ru-1; en-2 → ru-2").containsEntry("after", "en-1 → ru-1 ru-2; en-2 → ∅");
    assertThat(history.getString("events[0].at")).isLessThanOrEqualTo(history.getString("events[4].at"));

    // The review page lists it.
    given().get("/checks/" + id).then().statusCode(200).body(containsString("History: 5 changes")).body(containsString("en-1 en-2 → ru-1 ru-2"));

    given().delete("/api/checks/" + id).then().statusCode(204);
    JsonPath after = given().get("/api/checks/" + id + "/history").then().statusCode(200).extract().jsonPath();
    assertThat(after.getList("events.action", String.class)).endsWith("deleted");
    assertThat(after.getString("events[5].before")).contains("\"audited\"");
  }

  /**
   * The links the aligner is sure of and no finding questions are accepted in one action, as a
   * reviewer: each is a verdict in the history, and one can be undone like any verdict.
   */
  @Test
  @TestSecurity(user = "Rita", roles = Roles.REVIEWER)
  void confidentLinksAreAcceptedAtOnceEachAVerdictThatCanBeUndone() {
    // Scores read as doubles, as the server compares them: JsonPath reads decimals as floats by default,
    // and a link scored 0.9 would read as 0.8999999761.
    JsonPath check = CheckApiTest.create(CheckApiTest.seedJson("accept confident"))
        .using(new io.restassured.path.json.config.JsonPathConfig(io.restassured.path.json.config.JsonPathConfig.NumberReturnType.DOUBLE));
    long id = check.getLong("id");
    java.util.Set<String> questioned = new java.util.HashSet<>();
    for (Map<String, Object> f : check.<Map<String, Object>>getList("documents[0].findings")) {
      if (!"info".equals(f.get("severity"))) {
        ((List<?>) f.get("segments")).forEach(segment -> questioned.add(f.get("language") + ":" + segment));
      }
    }
    int expected = 0;
    for (String lang : List.of("ru", "he")) {
      for (Map<String, Object> link : CheckApiTest.links(check, lang)) {
        List<?> source = (List<?>) link.get("source");
        List<?> target = (List<?>) link.get("target");
        boolean questionedLink = java.util.stream.Stream.concat(source.stream(), target.stream())
            .anyMatch(segment -> questioned.contains(lang + ":" + segment) || questioned.contains("en:" + segment));
        if (((Number) link.get("score")).doubleValue() >= 0.9 && !source.isEmpty() && !target.isEmpty() && !questionedLink) {
          expected++;
        }
      }
    }

    JsonPath accepted = given().post("/api/checks/" + id + "/accept-confident").then().statusCode(200).extract().jsonPath();

    assertThat(expected).as("the seed has confident links and questioned ones").isBetween(20, 44);
    assertThat(accepted.getList("accepted")).hasSize(expected);
    assertThat(accepted.getList("accepted.status", String.class)).containsOnly("accepted");
    assertThat(accepted.getList("accepted.reviewer", String.class)).containsOnly("Rita");
    assertThat(given().post("/api/checks/" + id + "/accept-confident").then().statusCode(200).extract().jsonPath().getList("accepted"))
        .as("nothing left to accept").isEmpty();
    given().post("/api/checks/" + id + "/accept-confident?minScore=2").then().statusCode(400).body(containsString("minScore"));

    JsonPath history = given().get("/api/checks/" + id + "/history").then().statusCode(200).extract().jsonPath();
    assertThat(history.getList("events.action", String.class).stream().filter("verdict"::equals)).hasSize(expected);

    Map<String, Object> first = accepted.getList("accepted").stream().map(l -> CheckApiTest.<Map<String, Object>>cast(l)).findFirst().orElseThrow();
    given().contentType(ContentType.JSON).body(Map.of("status", "unreviewed", "version", first.get("version")))
        .put("/api/checks/" + id + "/links/" + first.get("id")).then().statusCode(200).body(containsString("\"status\":\"unreviewed\""));
  }

  @Test
  @TestSecurity
  void noOneAcceptsLinksAnonymously() {
    given().post("/api/checks/1/accept-confident").then().statusCode(401);
  }

  @Test
  void aCheckThatNeverExistedHasNoHistory() {
    given().get("/api/checks/987654/history").then().statusCode(404).contentType("application/problem+json");
  }
}
