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

  private static RequestSpecification upload(String field, String fileName, byte[] content) {
    return given().multiPart("name", "x").multiPart(field, fileName, content, "application/octet-stream");
  }

  /**
   * A request too large to be read: sent as curl sends a large body, asking first (Expect:
   * 100-continue), so the service's 413 arrives before the body is sent instead of breaking it.
   */
  private static RequestSpecification large(RequestSpecification request) {
    return request.config(io.restassured.RestAssured.config().httpClient(
        io.restassured.config.HttpClientConfig.httpClientConfig().setParam("http.protocol.expect-continue", true)));
  }

  private static Arguments refused(String what, int status, String says, Supplier<RequestSpecification> request) {
    return Arguments.of(what, status, says, request);
  }

  static Stream<Arguments> requests() throws Exception {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    String fine = "The minister arrived in Moscow. He met the president.";
    String fineRu = "Министр прибыл в Москву. Он встретился с президентом.";
    byte[] bomb = org.rosetta.document.TestDocuments.zipBomb();
    return Stream.of(
        refused("JSON nested 10,000 deep", 400, "\"field\":\"en\",\"message\":\"must be a string (line 1, column 18)", () -> asJson("{\"name\":\"x\",\"en\":" + deep + "}")),
        refused("an empty body", 400, "body", () -> asJson("")),
        refused("a JSON array", 400, "the body must be a JSON object (line 1, column 1)", () -> asJson("[]")),
        refused("an object for a text", 400, "\"field\":\"en\",\"message\":\"must be a string", () -> asJson("{\"name\":\"x\",\"en\":{\"a\":1}}")),
        refused("a truncated body", 400, "line 1, column", () -> asJson("{\"name\":\"x\",\"en\":\"Hello")),
        refused("invalid UTF-8 in the body", 400, "UTF-8", () -> given().contentType(ContentType.JSON)
            .body(concat("{\"name\":\"x\",\"en\":\"".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, 0x28, '"', '}'}))),
        refused("no English", 400, "en", () -> asJson(json(Map.of("name", "x", "ru", fineRu)))),
        refused("a name of 1,000 characters", 400, "name", () -> asJson(json(body(fine, fineRu)).replace("bad input", "n".repeat(1_000)))),
        refused("NUL bytes in the text", 400, "NUL", () -> asJson(json(body("The minister\u0000 arrived.", fineRu)))),
        refused("a text over the size limit", 413, "limit", () -> asJson(json(body("a".repeat(1_100_000), fineRu)))),
        refused("a 10 MB line with no sentence end", 413, "limit", () -> large(asJson(json(body("word ".repeat(2_000_000), fineRu))))),
        refused("a 100 kB line with no sentence end", 400, "has a sentence of 99,999 characters with no sentence end", () -> asJson(json(body("word ".repeat(20_000), fineRu)))),
        refused("1 M tiny sentences", 413, "limit", () -> large(asJson(json(body("Yes. ".repeat(1_000_000), fineRu))))),
        refused("60,000 tiny sentences", 400, "has 60,000 sentences, more than the 50,000", () -> asJson(json(body(fine, "Да.\n".repeat(60_000))))),
        refused("an unknown glossary format", 400, "glossaryFormat", () -> {
          Map<String, Object> b = body(fine, fineRu);
          b.put("glossary", "concept,lang,term\nc1,en,minister\n");
          b.put("glossaryFormat", "xlsx");
          return asJson(json(b));
        }),
        refused("a glossary with a DOCTYPE", 400, "DOCTYPE", () -> {
          Map<String, Object> b = body(fine, fineRu);
          b.put("glossary", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><tbx>&e;</tbx>");
          b.put("glossaryFormat", "tbx");
          return asJson(json(b));
        }),
        refused("a glossary id that does not exist", 404, "glossary", () -> {
          Map<String, Object> b = body(fine, fineRu);
          b.put("glossaryId", 999_999);
          return asJson(json(b));
        }),
        refused("XML instead of JSON", 415, "", () -> given().contentType(ContentType.XML).body("<check/>")),
        refused("a PNG as the English file", 400, "looks binary", () -> upload("en", "en.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13})),
        refused("a Windows-1251 file", 400, "is not valid UTF-8", () -> given().multiPart("name", "x").multiPart("en", fine)
            .multiPart("ru", "ru.txt", fineRu.getBytes(java.nio.charset.Charset.forName("windows-1251")), "text/plain")),
        refused("a UTF-16 file", 400, "is UTF-16", () -> upload("en", "en.txt", ("\uFEFF" + fine).getBytes(StandardCharsets.UTF_16LE))),
        refused("a ZIP bomb as a Word file", 400, "unpacks to more than", () -> upload("en", "en.docx", bomb)),
        refused("an ODT with a DOCTYPE", 400, "DOCTYPE", () -> upload("en", "en.odt", org.rosetta.document.TestDocuments.odtWithDoctype())),
        refused("plain text named .docx", 400, "is not a Word document", () -> upload("en", "en.docx", fine.getBytes(StandardCharsets.UTF_8))),
        refused("an XLIFF as the Russian text", 400, "is a bilingual file (XLIFF), not the text of one language", () -> given().multiPart("name", "x")
            .multiPart("en", fine).multiPart("ru", "statement.xlf", "<xliff version=\"1.2\"/>".getBytes(StandardCharsets.UTF_8), "application/xml")),
        refused("a multipart form of 1,000 parts", 400, "", () -> {
          RequestSpecification spec = given().multiPart("name", "x").multiPart("en", fine);
          for (int i = 0; i < 1_000; i++) {
            spec = spec.multiPart("extra" + i, "x");
          }
          return spec;
        }));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("requests")
  void isRefusedWithAProblem(String what, int status, String says, Supplier<RequestSpecification> request) {
    long before = CheckApiTest.checkCount();
    Response response = request.get().post("/api/checks");

    assertThat(response.statusCode()).as("%s: %s", what, response.asString()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.asString()).as(what).contains(says);
    assertThat(CheckApiTest.checkCount()).as("nothing stored").isEqualTo(before);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  static Stream<Arguments> oddButText() {
    return Stream.of(
        Arguments.of("bidi controls", "The minister \u202Earrived\u202C in Moscow. He met the president."),
        Arguments.of("zero-width characters", "The mini\u200Bster arrived in Mos\u200Dcow. He met the\uFEFF president."),
        Arguments.of("a sentence of 15,000 characters", "word ".repeat(3_000) + "end."),
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
