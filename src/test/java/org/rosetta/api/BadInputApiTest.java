package org.rosetta.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rosetta.account.Roles;

/**
 * Hostile and broken requests to {@code POST /api/checks}: each gets the user's 4xx as
 * problem+json and stores nothing, or, where the input is odd but legitimate text, a check. Never a
 * 5xx.
 */
@QuarkusTest
@TestSecurity(user = "Anna", roles = Roles.LEAD)
class BadInputApiTest {

  private static Map<String, Object> body(String en, String ru) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", "bad input");
    body.put("en", en);
    body.put("ru", ru);
    return body;
  }

  private static String json(Object body) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static RequestSpecification asJson(String raw) {
    return given().contentType(ContentType.JSON).body(raw.getBytes(StandardCharsets.UTF_8));
  }

  static Stream<Arguments> requests() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    String fine = "The minister arrived in Moscow. He met the president.";
    String fineRu = "Министр прибыл в Москву. Он встретился с президентом.";
    return Stream.of(
        Arguments.of("JSON nested 10,000 deep", 400, (Supplier<RequestSpecification>) () -> asJson("{\"name\":\"x\",\"en\":" + deep + "}")),
        Arguments.of("an empty body", 400, (Supplier<RequestSpecification>) () -> asJson("")),
        Arguments.of("a JSON array", 400, (Supplier<RequestSpecification>) () -> asJson("[]")),
        Arguments.of("an object for a text", 400, (Supplier<RequestSpecification>) () -> asJson("{\"name\":\"x\",\"en\":{\"a\":1}}")),
        Arguments.of("a truncated body", 400, (Supplier<RequestSpecification>) () -> asJson("{\"name\":\"x\",\"en\":\"Hello")),
        Arguments.of("no English", 400, (Supplier<RequestSpecification>) () -> asJson(json(Map.of("name", "x", "ru", fineRu)))),
        Arguments.of("a blank name", 400, (Supplier<RequestSpecification>) () -> asJson(json(body(fine, fineRu)).replace("bad input", "  "))),
        Arguments.of("NUL bytes in the text", 400, (Supplier<RequestSpecification>) () -> asJson(json(body("The minister\u0000 arrived.", fineRu)))),
        Arguments.of("a text over the size limit", 413, (Supplier<RequestSpecification>) () -> asJson(json(body("a".repeat(1_100_000), fineRu)))),
        Arguments.of("an unknown glossary format", 400, (Supplier<RequestSpecification>) () -> {
          Map<String, Object> b = body(fine, fineRu);
          b.put("glossary", "concept,lang,term\nc1,en,minister\n");
          b.put("glossaryFormat", "xlsx");
          return asJson(json(b));
        }),
        Arguments.of("a glossary with a DOCTYPE", 400, (Supplier<RequestSpecification>) () -> {
          Map<String, Object> b = body(fine, fineRu);
          b.put("glossary", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><tbx>&e;</tbx>");
          b.put("glossaryFormat", "tbx");
          return asJson(json(b));
        }),
        Arguments.of("XML instead of JSON", 415, (Supplier<RequestSpecification>) () -> given().contentType(ContentType.XML).body("<check/>")),
        Arguments.of("a PNG as the English file", 400, (Supplier<RequestSpecification>) () -> given().multiPart("name", "x")
            .multiPart("en", "en.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13}, "text/plain")),
        Arguments.of("a multipart form of 1,000 parts", 400, (Supplier<RequestSpecification>) () -> {
          RequestSpecification spec = given().multiPart("name", "x").multiPart("en", fine);
          for (int i = 0; i < 1_000; i++) {
            spec = spec.multiPart("extra" + i, "x");
          }
          return spec;
        }));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("requests")
  void isRefusedWithAProblem(String what, int status, Supplier<RequestSpecification> request) {
    long before = CheckApiTest.checkCount();
    Response response = request.get().post("/api/checks");

    assertThat(response.statusCode()).as("%s: %s", what, response.asString()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(CheckApiTest.checkCount()).as("nothing stored").isEqualTo(before);
  }

  static Stream<Arguments> oddButText() {
    return Stream.of(
        Arguments.of("bidi controls", "The minister \u202Earrived\u202C in Moscow. He met the president."),
        Arguments.of("zero-width characters", "The mini\u200Bster arrived in Mos\u200Dcow. He met the\uFEFF president."),
        Arguments.of("a 200 kB line with no sentence end", "word ".repeat(40_000)),
        Arguments.of("20,000 tiny sentences", "Yes. ".repeat(20_000)),
        Arguments.of("a name with a line break", "The minister arrived in Moscow."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oddButText")
  void oddTextIsChecked(String what, String english) {
    Map<String, Object> b = body(english, "Министр прибыл в Москву. Он встретился с президентом.");
    b.put("name", "odd\r\nSet-Cookie: x=1");
    long id = asJson(json(b)).post("/api/checks").then().statusCode(201).extract().jsonPath().getLong("id");

    Response export = given().get("/api/checks/" + id + "/export?format=csv");
    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.header("Content-Disposition")).doesNotContain("\r", "\n");
    assertThat(export.header("Set-Cookie")).isNull();
  }
}
