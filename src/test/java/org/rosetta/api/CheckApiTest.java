package org.rosetta.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.rosetta.Fixtures;
import org.rosetta.account.Roles;
import org.rosetta.document.DocumentReaderTest;
import org.rosetta.document.TestDocuments;
import org.rosetta.text.Lang;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The REST API on the seed statement: checks, review with versions, exports, and every bad input. */
@QuarkusTest
@TestSecurity(user = "Anna", roles = Roles.LEAD)
class CheckApiTest {
  static {
    // Problem documents are JSON; without this RestAssured first tries to read them as XML.
    io.restassured.RestAssured.registerParser(Problem.MEDIA_TYPE, io.restassured.parsing.Parser.JSON);
  }

  static final String TBX = Fixtures.read(java.nio.file.Path.of("glossaries/diplomacy.tbx"));
  static final String CSV = Fixtures.read(java.nio.file.Path.of("glossaries/diplomacy.csv"));

  static Map<String, Object> seedJson(String name) {
    return Map.of(
        "name", name,
        "en", Fixtures.text(Lang.EN),
        "ru", Fixtures.text(Lang.RU),
        "he", Fixtures.text(Lang.HE),
        "glossary", CSV,
        "glossaryFormat", "csv");
  }

  static JsonPath create(Map<String, Object> body) {
    return given().contentType(ContentType.JSON).body(body).post("/api/checks").then().statusCode(201).extract().jsonPath();
  }

  static List<Map<String, Object>> links(JsonPath check, String lang) {
    return check.getList("documents[0].alignments." + lang);
  }

  static long checkCount() {
    return given().get("/api/checks?size=1").then().statusCode(200).extract().jsonPath().getLong("total");
  }

  @Test
  void aJsonCheckOfTheSeedIsStoredAndLinksEverySentenceOnce() {
    Response response = given().contentType(ContentType.JSON).body(seedJson("seed as JSON")).post("/api/checks");
    response.then().statusCode(201).header("Location", containsString("/api/checks/"));
    JsonPath check = response.jsonPath();
    long id = check.getLong("id");
    assertThat(response.header("Location")).endsWith("/api/checks/" + id);
    assertThat(check.getList("languages", String.class)).containsExactly("en", "ru", "he");

    int english = check.getList("documents[0].texts.en.segments").size();
    for (String lang : List.of("ru", "he")) {
      List<String> sources = new ArrayList<>();
      List<String> targets = new ArrayList<>();
      for (Map<String, Object> link : links(check, lang)) {
        sources.addAll(castList(link.get("source")));
        targets.addAll(castList(link.get("target")));
        assertThat(link.get("status")).isEqualTo("unreviewed");
        assertThat(((List<?>) link.get("source"))).isNotEmpty();
      }
      assertThat(sources).hasSize(english).doesNotHaveDuplicates();
      assertThat(targets).hasSize(check.getList("documents[0].texts." + lang + ".segments").size()).doesNotHaveDuplicates();
    }
    assertThat(check.getList("documents[0].findings.rule", String.class)).noneMatch(r -> r.startsWith("terminology."));
    assertThat(check.getInt("findingCounts.error")).isZero();

    JsonPath stored = given().get("/api/checks/" + id).then().statusCode(200).extract().jsonPath();
    assertThat(stored.getString("name")).isEqualTo("seed as JSON");
    assertThat(stored.getString("documents[0].name")).isEqualTo("seed as JSON");
    for (String lang : List.of("ru", "he")) {
      assertThat(links(stored, lang)).as("links read back, ids included").isEqualTo(links(check, lang));
    }
    // The report is not kept whole: it is rebuilt from the rows of texts, segments, links and findings.
    assertThat((Object) stored.get("documents")).as("the report read back is the report computed").isEqualTo(check.get("documents"));
    assertThat((Object) stored.get("summary")).isEqualTo(check.get("summary"));
  }

  @Test
  void aMultipartUploadWithFilesAndALongPastedFieldIsChecked() {
    String english = Fixtures.text(Lang.EN);
    assertThat(english.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(2048);
    JsonPath check =
        given()
            .multiPart("name", "seed as files")
            .multiPart("en", english)
            .multiPart("ru", "statement.ru.txt", Fixtures.text(Lang.RU).getBytes(StandardCharsets.UTF_8), "text/plain")
            .multiPart("he", "statement.he.txt", Fixtures.text(Lang.HE).getBytes(StandardCharsets.UTF_8), "text/plain")
            .multiPart("glossary", "diplomacy.tbx", TBX.getBytes(StandardCharsets.UTF_8), "application/xml")
            .post("/api/checks")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(check.getString("glossary.name")).isEqualTo("diplomacy.tbx");
    long glossaryId = check.getLong("glossary.id");
    assertThat(given().get("/api/glossaries").then().extract().jsonPath().getList("id", Long.class))
        .as("an uploaded glossary can be chosen for the next check").contains(glossaryId);
    JsonPath again =
        given()
            .multiPart("en", english)
            .multiPart("glossary", "diplomacy.tbx", TBX.getBytes(StandardCharsets.UTF_8), "application/xml")
            .post("/api/checks")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(again.getLong("glossary.id")).as("the same glossary is stored once").isEqualTo(glossaryId);
    assertThat(check.getList("documents[0].texts.he.segments.text", String.class)).anyMatch(t -> t.contains("נתניהו"));
    assertThat(check.getString("documents[0].texts.he.direction")).isEqualTo("rtl");
  }

  @Test
  void documentsAreUploadedAsTheTranslatorSavedThem() {
    JsonPath check =
        given()
            .multiPart("en", "statement.en.docx", TestDocuments.docx(DocumentReaderTest.paragraphs(Lang.EN)), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            .multiPart("ru", "statement.ru.odt", TestDocuments.odt(DocumentReaderTest.paragraphs(Lang.RU)), "application/vnd.oasis.opendocument.text")
            .multiPart("he", "statement.he.html", TestDocuments.html(DocumentReaderTest.paragraphs(Lang.HE), "he"), "text/html")
            .post("/api/checks")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    JsonPath fromText =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("name", "statement", "en", Fixtures.text(Lang.EN), "ru", Fixtures.text(Lang.RU), "he", Fixtures.text(Lang.HE)))
            .post("/api/checks")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();

    for (String lang : List.of("en", "ru", "he")) {
      assertThat(check.getList("documents[0].texts." + lang + ".segments.text", String.class))
          .isEqualTo(fromText.getList("documents[0].texts." + lang + ".segments.text", String.class));
    }
    // The ODT's heading is kept with the check: a re-link checks the texts again, and it is still a heading.
    long id = check.getLong("id");
    assertThat(check.getBoolean("documents[0].texts.ru.segments[0].heading")).isTrue();
    given().contentType(ContentType.JSON).body(Map.of("lang", "ru", "segment", "ru-5", "to", "en-4", "version", check.getLong("version")))
        .post("/api/checks/" + id + "/relink").then().statusCode(200);
    JsonPath relinked = given().get("/api/checks/" + id).then().statusCode(200).extract().jsonPath();
    assertThat(relinked.getBoolean("documents[0].texts.ru.segments[0].heading")).isTrue();
    assertThat(relinked.getBoolean("documents[0].texts.he.segments[0].heading")).isTrue();
    given().get("/checks/" + id).then().statusCode(200).body(containsString("class=\"segment heading\" id=\"ru-1\""));
    given().multiPart("en", "statement.en.docx", "not a Word file".getBytes(StandardCharsets.UTF_8), "application/octet-stream").post("/api/checks")
        .then().statusCode(400).body("errors[0].field", equalTo("en")).body("detail", containsString("statement.en.docx")).body("detail", containsString("not a Word document"));
  }

  @Test
  void aCheckRunsOnTheLanguagesThatAreThere() {
    Map<String, Object> body = Map.of("name", "English and Russian", "en", Fixtures.text(Lang.EN), "ru", Fixtures.text(Lang.RU), "he", "  ");
    JsonPath check = create(body);
    assertThat(check.getList("languages", String.class)).containsExactly("en", "ru");
    assertThat(check.getMap("documents[0].alignments")).containsOnlyKeys("ru");
  }

  @Test
  void aForbiddenVariantIsReportedOnItsSpan() {
    String russian = Fixtures.text(Lang.RU).replace("двусторонних отношений", "билатеральных отношений");
    assertThat(russian).contains("билатеральных");
    Map<String, Object> body = new java.util.HashMap<>(seedJson("forbidden variant"));
    body.put("ru", russian);
    JsonPath check = create(body);
    List<Map<String, Object>> forbidden =
        check.getList("documents[0].findings").stream().map(CheckApiTest::<Map<String, Object>>cast).filter(f -> "terminology.forbidden".equals(f.get("rule"))).toList();
    assertThat(forbidden).singleElement().satisfies(f -> {
      assertThat((String) f.get("found")).isEqualTo("билатеральных отношений");
      assertThat(f.get("suggestions")).isEqualTo(List.of("двусторонних отношений"));
    });
  }

  @Test
  void badFieldsAreNamedInAProblemDocument() {
    long before = checkCount();
    given().contentType(ContentType.JSON).body(Map.of("name", "", "en", "")).post("/api/checks")
        .then().statusCode(400).contentType("application/problem+json")
        .body("errors.field", hasItem("en")).body("status", equalTo(400));

    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
    given().multiPart("en", "photo.png", png, "image/png").post("/api/checks")
        .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("en")).body("detail", containsString("photo.png"));

    byte[] cp1251 = "Премьер-министр Нетаньяху встретился с президентом России.".getBytes(Charset.forName("windows-1251"));
    given().multiPart("en", Fixtures.text(Lang.EN)).multiPart("ru", "ru.txt", cp1251, "text/plain").post("/api/checks")
        .then().statusCode(400).body("errors[0].field", equalTo("ru")).body("detail", containsString("UTF-8"));

    given().multiPart("ru", Fixtures.text(Lang.RU)).post("/api/checks")
        .then().statusCode(400).body("errors[0].field", equalTo("en"));

    given().multiPart("en", Fixtures.text(Lang.EN)).multiPart("glossary", "broken.tbx", "<martif><text><body><termEntry>".getBytes(StandardCharsets.UTF_8), "application/xml").post("/api/checks")
        .then().statusCode(400).body("errors[0].field", equalTo("glossary")).body("detail", containsString("broken.tbx"));

    String hostile = "<?xml version=\"1.0\"?>\n<!DOCTYPE tbx [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<tbx><text><body>&xxe;</body></text></tbx>";
    given().multiPart("en", Fixtures.text(Lang.EN)).multiPart("glossary", "hostile.tbx", hostile.getBytes(StandardCharsets.UTF_8), "application/xml").post("/api/checks")
        .then().statusCode(400).body("errors[0].field", equalTo("glossary")).body("detail", containsString("DOCTYPE"));

    given().contentType(ContentType.JSON).body(Map.of("name", "x", "en", "Hello.", "glossaryId", 999999)).post("/api/checks")
        .then().statusCode(404).contentType("application/problem+json").body("detail", containsString("glossary 999999"));

    given().contentType(ContentType.JSON).body(Map.of("name", "x", "en", "Hello.", "glossary", CSV, "glossaryFormat", "csv", "glossaryId", 1)).post("/api/checks")
        .then().statusCode(400).body("errors[0].field", equalTo("glossaryId"));

    given().contentType(ContentType.JSON).body("{\"name\": \"x\", \"en\": ").post("/api/checks")
        .then().statusCode(400).contentType("application/problem+json");

    given().contentType(ContentType.TEXT).body("Hello.").post("/api/checks")
        .then().statusCode(415).contentType("application/problem+json");

    assertThat(checkCount()).as("nothing stored by failed requests").isEqualTo(before);
  }

  @Test
  void oversizedInputIsRefusedWith413() {
    // The test profile sets a 2 MB body limit and a 1 MB text limit.
    byte[] body = new byte[3 * 1024 * 1024];
    java.util.Arrays.fill(body, (byte) 'a');
    given().multiPart("en", "big.en.txt", body, "text/plain").post("/api/checks").then().statusCode(413);

    String text = "A sentence of the statement. ".repeat(50_000);
    given().contentType(ContentType.JSON).body(Map.of("name", "big", "en", text)).post("/api/checks")
        .then().statusCode(413).contentType("application/problem+json").body("errors[0].field", equalTo("en")).body("detail", containsString("limit"));
  }

  @Test
  void unknownChecksAnswer404AndDeletedChecksAreGone() {
    given().get("/api/checks/987654").then().statusCode(404).contentType("application/problem+json").body("detail", containsString("check 987654"));
    long id = create(Map.of("name", "to delete", "en", "One sentence.", "ru", "Одно предложение.")).getLong("id");
    given().delete("/api/checks/" + id).then().statusCode(204);
    given().get("/api/checks/" + id).then().statusCode(404);
    given().delete("/api/checks/" + id).then().statusCode(404);
  }

  @Test
  void theListIsPagedNewestFirst() {
    long first = create(Map.of("name", "older", "en", "First.", "ru", "Первое.")).getLong("id");
    long second = create(Map.of("name", "newer", "en", "Second.", "ru", "Второе.")).getLong("id");
    JsonPath page = given().get("/api/checks?page=0&size=2").then().statusCode(200).extract().jsonPath();
    assertThat(page.getList("items.id", Long.class)).containsExactly(second, first);
    assertThat(page.getLong("total")).isGreaterThanOrEqualTo(2);
    given().get("/api/checks?size=1000").then().statusCode(400).body("errors[0].field", equalTo("size"));
  }

  @Test
  void aVerdictNeedsTheCurrentVersionAndSurvivesReloading() {
    JsonPath check = create(seedJson("verdicts"));
    long id = check.getLong("id");
    Map<String, Object> link = links(check, "ru").get(3);
    Object linkId = link.get("id");

    JsonPath saved = given().contentType(ContentType.JSON).body(Map.of("status", "accepted", "reviewer", "Anna", "version", 0))
        .put("/api/checks/" + id + "/links/" + linkId).then().statusCode(200).extract().jsonPath();
    assertThat(saved.getString("status")).isEqualTo("accepted");
    assertThat(saved.getLong("version")).isEqualTo(1);

    given().contentType(ContentType.JSON).body(Map.of("status", "rejected", "reviewer", "Boris", "version", 0))
        .put("/api/checks/" + id + "/links/" + linkId).then().statusCode(409).contentType("application/problem+json").body("detail", containsString("Anna"));

    JsonPath reloaded = given().get("/api/checks/" + id).then().extract().jsonPath();
    assertThat(links(reloaded, "ru").get(3)).containsEntry("status", "accepted").containsEntry("reviewer", "Anna");
    assertThat(reloaded.getLong("review.accepted")).isEqualTo(1);

    given().contentType(ContentType.JSON).body(Map.of("status", "maybe", "reviewer", "Anna", "version", 1))
        .put("/api/checks/" + id + "/links/" + linkId).then().statusCode(400).body("errors[0].field", equalTo("status"));
    given().contentType(ContentType.JSON).body(Map.of("status", "accepted", "reviewer", "Anna", "version", 0))
        .put("/api/checks/" + id + "/links/424242").then().statusCode(409);
  }

  @Test
  void identicalGlossariesUploadedAtOnceAreStoredOnce() throws Exception {
    byte[] csv = "concept,lang,term,status\nc1,en,Prime Minister,preferred\nc1,ru,премьер-министр,preferred\n".getBytes(StandardCharsets.UTF_8);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Response>> uploads = new ArrayList<>();
      for (int k = 0; k < 4; k++) {
        uploads.add(() -> given().multiPart("file", "race.csv", csv, "text/csv").post("/api/glossaries"));
      }
      List<Integer> codes = new ArrayList<>();
      Set<Long> ids = new HashSet<>();
      for (Future<Response> f : pool.invokeAll(uploads)) {
        codes.add(f.get().statusCode());
        ids.add(f.get().jsonPath().getLong("id"));
      }
      assertThat(codes).containsOnly(200, 201).containsOnlyOnce(201);
      assertThat(ids).hasSize(1);
    } finally {
      pool.shutdown();
    }
  }

  /** The rules run between reading the check and storing the change: the second change to arrive finds the version moved on. */
  @Test
  void twoReviewersChangingTheSameAlignmentAtOnceGetOneChangeAndOneConflict() throws Exception {
    JsonPath check = create(seedJson("merge race"));
    long id = check.getLong("id");
    List<Map<String, Object>> ru = links(check, "ru");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Callable<Integer>> both = new ArrayList<>();
      for (int k : List.of(0, 2)) {
        both.add(() -> given().contentType(ContentType.JSON).body(Map.of("link", ru.get(k).get("id"), "version", check.getLong("version")))
            .post("/api/checks/" + id + "/merge").statusCode());
      }
      List<Integer> codes = new ArrayList<>();
      for (Future<Integer> f : pool.invokeAll(both)) {
        codes.add(f.get());
      }
      assertThat(codes).containsExactlyInAnyOrder(200, 409);
    } finally {
      pool.shutdown();
    }
    JsonPath stored = given().get("/api/checks/" + id).then().extract().jsonPath();
    assertThat(links(stored, "ru")).hasSize(ru.size() - 1);
    assertThat(stored.getLong("version")).isEqualTo(check.getLong("version") + 1);
    assertThat(given().get("/api/checks/" + id + "/history").then().extract().jsonPath().getList("events.action", String.class))
        .containsOnlyOnce("merge");
  }

  @Test
  void twoReviewersDecidingTheSameLinkAtOnceGetOneSuccessAndOneConflict() throws Exception {
    JsonPath check = create(Map.of("name", "race", "en", "One sentence. Another one.", "ru", "Одно предложение. Еще одно."));
    long id = check.getLong("id");
    Object linkId = links(check, "ru").get(0).get("id");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Callable<Integer>> both = new ArrayList<>();
      for (String who : List.of("Anna", "Boris")) {
        both.add(() -> given().contentType(ContentType.JSON).body(Map.of("status", "accepted", "reviewer", who, "version", 0))
            .put("/api/checks/" + id + "/links/" + linkId).statusCode());
      }
      Set<Integer> codes = new HashSet<>();
      for (Future<Integer> f : pool.invokeAll(both)) {
        codes.add(f.get());
      }
      assertThat(codes).containsExactlyInAnyOrder(200, 409);
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void relinkingRecomputesTheFindingsAndNeedsTheCurrentVersion() {
    JsonPath check = create(seedJson("relink"));
    long id = check.getLong("id");
    assertThat(check.getInt("findingCounts.error")).isZero();

    // Pull "Рад снова вас видеть." (ru-5, the translation of en-5) into en-4's link: en-5 is then left untranslated.
    JsonPath after = given().contentType(ContentType.JSON).body(Map.of("lang", "ru", "segment", "ru-5", "to", "en-4", "reviewer", "Anna", "version", 0))
        .post("/api/checks/" + id + "/relink").then().statusCode(200).extract().jsonPath();
    // The answer is what changed: the two Russian links that replaced en-4's and en-5's, the omission it raised.
    assertThat(after.getString("lang")).isEqualTo("ru");
    assertThat(after.getInt("from")).isEqualTo(3);
    assertThat(after.getInt("removed")).isEqualTo(2);
    assertThat(after.getInt("englishFrom")).isEqualTo(3);
    assertThat(after.getInt("englishTo")).isEqualTo(5);
    List<Map<String, Object>> changed = after.getList("links");
    assertThat(changed).hasSize(2);
    assertThat(castList(changed.get(0).get("target"))).containsExactly("ru-4", "ru-5");
    assertThat(changed.get(0)).containsEntry("position", 3).containsEntry("status", "accepted").containsEntry("reviewer", "Anna");
    assertThat(castList(changed.get(1).get("source"))).containsExactly("en-5");
    assertThat(castList(changed.get(1).get("target"))).isEmpty();
    assertThat(after.getList("findingsAdded").stream().map(CheckApiTest::<Map<String, Object>>cast))
        .anySatisfy(f -> {
          assertThat(f.get("rule")).isEqualTo("alignment.omission");
          assertThat(castList(f.get("segments"))).contains("en-5");
        });
    assertThat(after.getList("findingsRemoved")).isEmpty();
    assertThat(after.getLong("version")).isGreaterThan(check.getLong("version"));
    assertThat(after.getInt("review.links")).isEqualTo(check.getInt("review.links"));
    assertThat(after.getInt("review.reviewed")).as("the link made is the reviewer's").isEqualTo(check.getInt("review.reviewed") + 1);
    // What it answers is what was computed and stored, as reading the check back gives it.
    JsonPath stored = given().get("/api/checks/" + id).then().statusCode(200).extract().jsonPath();
    List<Map<String, Object>> storedRu = links(stored, "ru");
    for (int k = 0; k < changed.size(); k++) {
      Map<String, Object> link = storedRu.get(3 + k);
      assertThat(changed.get(k)).containsEntry("id", link.get("id")).containsEntry("source", link.get("source")).containsEntry("target", link.get("target"))
          .containsEntry("version", link.get("version"));
    }
    assertThat(stored.getList("documents[0].findings.key", String.class)).containsAll(after.getList("findingsAdded.key", String.class));
    assertThat(stored.getLong("version")).isEqualTo(after.getLong("version"));
    // The review page fetches the rows that hold the change, as they now are, and only those.
    String rows = given().get("/checks/" + id + "/rows?en=3-5").then().statusCode(200).contentType(ContentType.HTML).extract().asString();
    assertThat(rows).contains("data-segment=\"en-4\"").contains("not translated (en-5)").doesNotContain("id=\"en-1\"").doesNotContain("<html");
    given().get("/checks/" + id + "/rows?en=5-3").then().statusCode(400).body("detail", containsString("5-3"));

    given().contentType(ContentType.JSON).body(Map.of("lang", "ru", "segment", "ru-5", "to", "en-5", "reviewer", "Boris", "version", 0))
        .post("/api/checks/" + id + "/relink").then().statusCode(409).contentType("application/problem+json");

    // Put it back, and the omission is gone.
    JsonPath back = given().contentType(ContentType.JSON).body(Map.of("lang", "ru", "segment", "ru-5", "to", "en-5", "reviewer", "Anna", "version", after.getLong("version")))
        .post("/api/checks/" + id + "/relink").then().statusCode(200).extract().jsonPath();
    assertThat(back.getList("findingsRemoved.rule", String.class)).contains("alignment.omission");
    assertThat(back.getList("findingsAdded")).isEmpty();
    assertThat(given().get("/api/checks/" + id).then().extract().jsonPath().getInt("findingCounts.error")).isZero();

    given().contentType(ContentType.JSON).body(Map.of("lang", "ru", "segment", "he-5", "to", "en-5", "reviewer", "Anna", "version", back.getLong("version")))
        .post("/api/checks/" + id + "/relink").then().statusCode(400).body("errors[0].field", equalTo("segment"));
    // A re-link the alignment refuses is the user's error, said in words, not an internal one.
    given().contentType(ContentType.JSON).body(Map.of("lang", "ru", "segment", "ru-5", "to", "en-5", "reviewer", "Anna", "version", back.getLong("version")))
        .post("/api/checks/" + id + "/relink").then().statusCode(400).contentType("application/problem+json")
        .body("type", containsString("invalid-request")).body("detail", equalTo("the segment is already in that link"));
  }

  @Test
  void mergeAndSplitChangeTheLinkShapes() {
    JsonPath check = create(Map.of("name", "merge", "en", "The meeting was long. It ended late.", "ru", "Встреча была долгой. Она закончилась поздно."));
    long id = check.getLong("id");
    Object first = links(check, "ru").get(0).get("id");
    JsonPath merged = given().contentType(ContentType.JSON).body(Map.of("link", first, "reviewer", "Anna", "version", check.getLong("version")))
        .post("/api/checks/" + id + "/merge").then().statusCode(200).extract().jsonPath();
    assertThat(merged.getInt("removed")).isEqualTo(2);
    assertThat(merged.getList("links")).singleElement().satisfies(l -> assertThat(castList(CheckApiTest.<Map<String, Object>>cast(l).get("source"))).containsExactly("en-1", "en-2"));

    Object whole = merged.getLong("links[0].id");
    JsonPath split = given().contentType(ContentType.JSON).body(Map.of("link", whole, "sources", 1, "targets", 1, "reviewer", "Anna", "version", merged.getLong("version")))
        .post("/api/checks/" + id + "/split").then().statusCode(200).extract().jsonPath();
    assertThat(split.getInt("removed")).isEqualTo(1);
    assertThat(split.getList("links")).hasSize(2);

    given().contentType(ContentType.JSON).body(Map.of("link", split.getLong("links[1].id"), "reviewer", "Anna", "version", split.getLong("version")))
        .post("/api/checks/" + id + "/merge").then().statusCode(400).body("detail", containsString("last link"));
  }

  @Test
  void aCheckRefusedAsJsonOrAsAFormIsRefusedInTheSameWords() {
    given().contentType(ContentType.JSON).body(Map.of("en", " ")).post("/api/checks").then().statusCode(400)
        .body("errors[0].field", equalTo("en")).body("errors[0].message", equalTo(CheckInputs.NO_ENGLISH));
    given().multiPart("ru", "Текст.").post("/api/checks").then().statusCode(400)
        .body("errors[0].field", equalTo("en")).body("errors[0].message", equalTo(CheckInputs.NO_ENGLISH));
    String longName = "n".repeat(201);
    given().contentType(ContentType.JSON).body(Map.of("name", longName, "en", "Text.")).post("/api/checks").then().statusCode(400)
        .body("errors[0].field", equalTo("name")).body("errors[0].message", equalTo(CheckInputs.NAME_TOO_LONG));
    given().multiPart("name", longName).multiPart("en", "Text.").post("/api/checks").then().statusCode(400)
        .body("errors[0].field", equalTo("name")).body("errors[0].message", equalTo(CheckInputs.NAME_TOO_LONG));
    String glossary = "concept,lang,term,status\nc1,en,Prime Minister,preferred\n";
    given().contentType(ContentType.JSON).body(Map.of("en", "Text.", "glossary", glossary, "glossaryFormat", "csv", "glossaryId", 1)).post("/api/checks").then().statusCode(400)
        .body("errors[0].field", equalTo("glossaryId")).body("errors[0].message", equalTo(CheckInputs.TWO_GLOSSARIES));
    given().multiPart("en", "Text.").multiPart("glossary", "g.csv", glossary.getBytes(StandardCharsets.UTF_8), "text/csv").multiPart("glossaryId", "1")
        .post("/api/checks").then().statusCode(400)
        .body("errors[0].field", equalTo("glossaryId")).body("errors[0].message", equalTo(CheckInputs.TWO_GLOSSARIES));
  }

  @Test
  void aRangeOfLinksIsAlignedAgainBetweenTwoTrustedLinksAndTheHistorySaysSo() {
    JsonPath check = create(Map.of("name", "realign", "en", "The meeting was long. It ended late. Everyone went home.", "ru", "Встреча была долгой. Она закончилась поздно. Все разошлись по домам."));
    long id = check.getLong("id");
    List<Map<String, Object>> ru = links(check, "ru");
    assertThat(ru).hasSize(3);
    // A reviewer's merge spoils links 1 and 2; aligning them again restores the aligner's 1-1 links.
    JsonPath merged = given().contentType(ContentType.JSON).body(Map.of("link", ru.get(0).get("id"), "version", check.getLong("version")))
        .post("/api/checks/" + id + "/merge").then().statusCode(200).extract().jsonPath();
    List<Map<String, Object>> spoiled = links(given().get("/api/checks/" + id).then().extract().jsonPath(), "ru");
    assertThat(spoiled).hasSize(2);

    JsonPath again = given().contentType(ContentType.JSON).body(Map.of("from", spoiled.get(0).get("id"), "to", spoiled.get(1).get("id"), "version", merged.getLong("version")))
        .post("/api/checks/" + id + "/realign").then().statusCode(200).extract().jsonPath();

    List<Map<String, Object>> restored = links(given().get("/api/checks/" + id).then().extract().jsonPath(), "ru");
    assertThat(restored).extracting(l -> castList(l.get("source")) + "→" + castList(l.get("target")))
        .containsExactly("[en-1]→[ru-1]", "[en-2]→[ru-2]", "[en-3]→[ru-3]");
    // The answer names only what the re-align changed: the merged link, made two again; the third link stays as it was.
    assertThat(again.getInt("from")).isZero();
    assertThat(again.getInt("removed")).isEqualTo(1);
    assertThat(again.getList("links.target")).containsExactly(List.of("ru-1"), List.of("ru-2"));
    given().get("/api/checks/" + id + "/history").then().statusCode(200).body("events.action", hasItem("realign"));
    // One link is no range; a stale version is refused like every change.
    given().contentType(ContentType.JSON).body(Map.of("from", restored.get(1).get("id"), "to", restored.get(1).get("id"), "version", again.getLong("version")))
        .post("/api/checks/" + id + "/realign").then().statusCode(400).body("detail", containsString("two links or more"));
    given().contentType(ContentType.JSON).body(Map.of("from", restored.get(0).get("id"), "to", restored.get(2).get("id"), "version", merged.getLong("version")))
        .post("/api/checks/" + id + "/realign").then().statusCode(409);
  }

  @Test
  void exportsOpenInXmlAndCsvReaders() throws Exception {
    JsonPath check = create(seedJson("export"));
    long id = check.getLong("id");
    List<Map<String, Object>> ru = links(check, "ru");
    given().contentType(ContentType.JSON).body(Map.of("status", "rejected", "reviewer", "Anna", "version", 0))
        .put("/api/checks/" + id + "/links/" + ru.get(1).get("id")).then().statusCode(200);
    given().contentType(ContentType.JSON).body(Map.of("status", "accepted", "reviewer", "Anna", "version", 0))
        .put("/api/checks/" + id + "/links/" + ru.get(2).get("id")).then().statusCode(200);
    int ruPairs = ru.size();
    int hePairs = links(check, "he").size();

    Response tmx = given().get("/api/checks/" + id + "/export?format=tmx");
    tmx.then().statusCode(200).contentType(startsWith("application/x-tmx+xml")).header("Content-Disposition", containsString("attachment"));
    Document doc = parse(tmx.asString());
    assertThat(doc.getDocumentElement().getAttribute("version")).isEqualTo("1.4");
    NodeList units = doc.getElementsByTagName("tu");
    assertThat(units.getLength()).as("the accepted link alone: a memory takes what it is given as true").isEqualTo(1);
    Element accepted = (Element) units.item(0);
    NodeList tuvs = accepted.getElementsByTagName("tuv");
    assertThat(tuvs.getLength()).isEqualTo(2);
    assertThat(((Element) tuvs.item(0)).getAttribute("xml:lang")).isEqualTo("en");
    assertThat(((Element) tuvs.item(1)).getAttribute("xml:lang")).isEqualTo("ru");
    assertThat(accepted.getAttribute("changeid")).isEqualTo("Anna");
    assertThat(accepted.getTextContent()).contains("accepted").contains("Премьер-министр Нетаньяху:");

    long confident = Stream.concat(ru.stream(), links(check, "he").stream())
        .filter(l -> ((Number) l.get("score")).doubleValue() >= 0.9 && !l.get("id").equals(ru.get(1).get("id")) && !l.get("id").equals(ru.get(2).get("id")))
        .filter(l -> !((List<?>) l.get("source")).isEmpty() && !((List<?>) l.get("target")).isEmpty())
        .count();
    NodeList withConfident = parse(given().get("/api/checks/" + id + "/export?format=tmx&unreviewed=true").then().statusCode(200).extract().asString()).getElementsByTagName("tu");
    assertThat(withConfident.getLength()).as("and the unreviewed links scored 0.9 or more").isEqualTo(1 + confident).isLessThan(ruPairs - 1 + hePairs);
    assertThat(parse(given().get("/api/checks/" + id + "/export?format=tmx&unreviewed=true&minScore=0").then().statusCode(200).extract().asString())
            .getElementsByTagName("tu").getLength()).as("every link but the rejected one").isEqualTo(ruPairs - 1 + hePairs);
    given().get("/api/checks/" + id + "/export?format=tmx&unreviewed=true&minScore=2").then().statusCode(400).body("errors[0].field", containsString("minScore"));

    Response heXliff = given().get("/api/checks/" + id + "/export?format=xliff&lang=he");
    heXliff.then().statusCode(200).header("Content-Disposition", containsString("export.he.xlf"));
    given().get("/api/checks/" + id + "/export?format=xliff&lang=ru").then().header("Content-Disposition", containsString("export.ru.xlf"));
    Document xliff = parse(heXliff.asString());
    assertThat(xliff.getDocumentElement().getNamespaceURI()).isEqualTo("urn:oasis:names:tc:xliff:document:2.0");
    assertThat(xliff.getDocumentElement().getAttribute("trgLang")).isEqualTo("he");
    assertThat(xliff.getElementsByTagNameNS("urn:oasis:names:tc:xliff:document:2.0", "unit").getLength()).isEqualTo(hePairs);
    assertThat(xliff.getElementsByTagNameNS("urn:oasis:names:tc:xliff:document:2.0", "target").item(1).getTextContent()).contains("נתניהו");

    byte[] csvBytes = given().get("/api/checks/" + id + "/export?format=csv").then().statusCode(200).contentType(startsWith("text/csv")).extract().asByteArray();
    assertThat(Arrays.copyOf(csvBytes, 3)).as("a byte-order mark, so Excel reads UTF-8").containsExactly(0xEF, 0xBB, 0xBF);
    String csv = new String(csvBytes, StandardCharsets.UTF_8).substring(1);
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
    assertThat(rows).hasSize(ruPairs + hePairs);
    assertThat(rows).as("the findings on each link's sentences").anyMatch(r -> r.get("findings").contains("info alignment.merge: ru-7 renders 2 English sentences"));
    assertThat(rows.get(1).get("status")).isEqualTo("rejected");
    assertThat(rows.get(2).get("reviewer")).isEqualTo("Anna");

    byte[] xlsx = given().get("/api/checks/" + id + "/export?format=xlsx").then().statusCode(200)
        .contentType(startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")).extract().asByteArray();
    try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
      List<org.dhatim.fastexcel.reader.Row> sheet = workbook.getFirstSheet().read();
      assertThat(sheet.get(0).getCellText(0)).isEqualTo("English");
      assertThat(sheet).anyMatch(r -> r.getCellText(2).contains("נתניהו"));
      assertThat(sheet).anyMatch(r -> r.getCellText(4).contains("rejected (Anna)"));
      assertThat(sheet).anyMatch(r -> r.getCellText(4).contains("accepted (Anna)"));
    }

    given().get("/api/checks/" + id + "/export?format=json").then().statusCode(200).body("id", equalTo((int) id));
    given().get("/api/checks/" + id + "/export?format=docx").then().statusCode(400).body("errors[0].field", equalTo("format"));
  }

  /**
   * A check sent without a name is named after its first words (a pasted text was called "en"),
   * one uploaded after its English file; the sentence the Russian leaves out goes to the XLIFF as a
   * unit to translate, so the CAT tool shows it.
   */
  @Test
  void aCheckWithoutANameIsNamedAfterItsTextAndItsOmissionIsAUnitToTranslate() throws Exception {
    String en = "The minister arrived in Moscow on Monday. He met the president for two hours. "
        + "They spoke about trade, energy and the war in the region. The talks will continue tomorrow in Sochi.";
    String ru = "Министр прибыл в Москву в понедельник. Он встречался с президентом два часа. Переговоры продолжатся завтра в Сочи.";
    Map<String, Object> body = new java.util.HashMap<>(Map.of("en", en, "ru", ru));
    JsonPath check = create(body);
    assertThat(check.getString("name")).isEqualTo("The minister arrived in Moscow on Monday. He…");
    body.put("name", "  ");
    assertThat(create(body).getString("name")).as("a blank name is no name").isEqualTo("The minister arrived in Moscow on Monday. He…");
    String uploaded = given().multiPart("en", "Press release 12.EN.docx", TestDocuments.docx(List.of(en)), "application/octet-stream").multiPart("ru", ru)
        .post("/api/checks").then().statusCode(201).extract().jsonPath().getString("name");
    assertThat(uploaded).isEqualTo("Press release 12");

    Document xliff = parse(given().get("/api/checks/" + check.getLong("id") + "/export?format=xliff&lang=ru").then().statusCode(200).extract().asString());
    String ns = "urn:oasis:names:tc:xliff:document:2.0";
    NodeList segments = xliff.getElementsByTagNameNS(ns, "segment");
    List<Element> toTranslate = new ArrayList<>();
    for (int i = 0; i < segments.getLength(); i++) {
      if (((Element) segments.item(i)).getAttribute("state").equals("initial")) {
        toTranslate.add((Element) segments.item(i));
      }
    }
    List<Map<String, Object>> omitted = links(check, "ru").stream().filter(l -> ((List<?>) l.get("target")).isEmpty()).toList();
    assertThat(omitted).hasSize(1);
    assertThat(toTranslate).singleElement().satisfies(segment -> {
      assertThat(((Element) segment.getParentNode()).getAttribute("id")).isEqualTo(((List<?>) omitted.get(0).get("source")).get(0));
      assertThat(en).contains(segment.getElementsByTagNameNS(ns, "source").item(0).getTextContent());
      assertThat(segment.getElementsByTagNameNS(ns, "target").getLength()).isZero();
    });
    assertThat(xliff.getElementsByTagNameNS(ns, "unit").getLength()).isEqualTo(4);
  }

  @Test
  @TestSecurity(user = "Rita", roles = Roles.REVIEWER)
  void aReviewersGlossaryStaysWithTheCheckAndIsNotOfferedToTheTeam() {
    String name = "reviewers-own-" + System.nanoTime() + ".csv";
    JsonPath check =
        given().multiPart("name", "with own glossary").multiPart("en", Fixtures.text(Lang.EN)).multiPart("ru", Fixtures.text(Lang.RU))
            .multiPart("glossary", name, CSV.getBytes(StandardCharsets.UTF_8), "text/csv")
            .post("/api/checks").then().statusCode(201).extract().jsonPath();
    assertThat(check.getString("glossary.name")).isEqualTo(name);
    assertThat((Object) check.get("glossary.id")).isNull();
    assertThat(given().get("/api/glossaries").then().statusCode(200).extract().jsonPath().getList("name", String.class)).doesNotContain(name);
    given().get("/api/checks/" + check.getLong("id")).then().statusCode(200).body("glossary.name", equalTo(name));
  }

  @Test
  void aLeadDeletesAGlossaryAndTheChecksMadeWithItKeepIt() {
    String name = "to-delete-" + System.nanoTime() + ".csv";
    long glossaryId =
        given().multiPart("file", name, CSV.getBytes(StandardCharsets.UTF_8), "text/csv").post("/api/glossaries")
            .then().statusCode(201).extract().jsonPath().getLong("id");
    long checkId = create(Map.of("name", "made with it", "en", Fixtures.text(Lang.EN), "ru", Fixtures.text(Lang.RU), "glossaryId", glossaryId)).getLong("id");

    given().delete("/api/glossaries/" + glossaryId).then().statusCode(204);

    given().get("/api/glossaries/" + glossaryId).then().statusCode(404);
    given().get("/api/checks/" + checkId).then().statusCode(200).body("glossary.name", equalTo(name));
    given().delete("/api/glossaries/" + glossaryId).then().statusCode(404);
  }

  @Test
  @TestSecurity(user = "Rita", roles = Roles.REVIEWER)
  void aReviewerCannotDeleteAGlossary() {
    given().delete("/api/glossaries/1").then().statusCode(403);
  }

  @Test
  void glossariesAreUploadedListedAndChosenById() {
    // A name no other test uploads: the same name and content again is the stored glossary.
    Response upload = given().multiPart("file", "uploaded.tbx", TBX.getBytes(StandardCharsets.UTF_8), "application/xml").post("/api/glossaries");
    upload.then().statusCode(201).header("Location", containsString("/api/glossaries/"));
    JsonPath stored = upload.jsonPath();
    long glossaryId = stored.getLong("id");
    given().multiPart("file", "uploaded.tbx", TBX.getBytes(StandardCharsets.UTF_8), "application/xml").post("/api/glossaries")
        .then().statusCode(200).header("Location", equalTo(upload.header("Location"))).body("id", equalTo((int) glossaryId));
    assertThat(stored.getInt("concepts")).isGreaterThanOrEqualTo(30);
    assertThat(stored.getList("entries.terms.term").toString()).contains("Нетаньяху").contains("נתניהו");

    assertThat(given().get("/api/glossaries").then().statusCode(200).extract().jsonPath().getList("id", Long.class)).contains(glossaryId);
    given().get("/api/glossaries/" + glossaryId).then().statusCode(200).body("name", equalTo("uploaded.tbx"));
    given().get("/api/glossaries/777777").then().statusCode(404).contentType("application/problem+json");

    Map<String, Object> body = Map.of("name", "by id", "en", Fixtures.text(Lang.EN), "ru", Fixtures.text(Lang.RU), "glossaryId", glossaryId);
    JsonPath check = create(body);
    assertThat(check.getLong("glossary.id")).isEqualTo(glossaryId);

    String brokenCsv = "concept,lang,term,status\nc1,en,Prime Minister,preferred\nc1,xx,Премьер,preferred\n";
    given().multiPart("file", "broken.csv", brokenCsv.getBytes(StandardCharsets.UTF_8), "text/csv").post("/api/glossaries")
        .then().statusCode(400).body("errors[0].field", equalTo("file")).body("detail", containsString("broken.csv:3"));
    given().multiPart("nofile", "x").post("/api/glossaries").then().statusCode(400).body("errors[0].field", equalTo("file"));
  }

  @Test
  void openApiAndHealthAreServed() {
    given().get("/q/openapi?format=json").then().statusCode(200).body("paths", org.hamcrest.Matchers.hasKey("/api/checks"))
        // Written as JSON text by the service, described as the object it is.
        .body("paths.'/api/checks/{id}'.get.responses.'200'.content.'application/json'.schema.type", equalTo("object"))
        .body("paths.'/api/checks'.post.responses.'201'.content.'application/json'.schema.type", equalTo("object"));
    // The answers other systems integrate with are described field by field.
    given().get("/q/openapi?format=json").then().statusCode(200)
        .body("components.schemas.User.properties.keySet()", hasItems("username", "roles", "enabled", "createdAt", "createdBy"))
        .body("components.schemas.Token.properties.keySet()", hasItems("id", "name", "createdAt", "lastUsedAt", "revokedAt", "token"))
        .body("components.schemas.Memories.properties.keySet()", hasItems("units", "acceptedLinks", "learnedAt", "items"))
        .body("components.schemas.AlignmentChange.properties.keySet()", hasItems("version", "lang", "from", "removed", "links", "findingsAdded", "findingsRemoved", "review"))
        .body("paths.'/api/checks/{id}/relink'.post.responses.'200'.content.'application/json'.schema.'$ref'", equalTo("#/components/schemas/AlignmentChange"))
        .body("components.schemas.Archive.properties.keySet()", hasItems("state", "progress", "memory", "files"))
        .body("components.schemas.GlossaryDetail.properties.keySet()", hasItems("id", "name", "concepts", "entries"))
        .body("components.schemas.Dismissal.properties.keySet()", hasItems("rule", "lang", "expected", "found", "reason", "user", "key"))
        .body("components.schemas.CheckPage.properties.keySet()", hasItems("page", "size", "total", "items"))
        .body("components.schemas.CheckSummary.properties.keySet()", hasItems("id", "name", "version", "languages", "glossary", "findingCounts", "review"))
        .body("components.schemas.LinkReview.properties.keySet()", hasItems("lang", "position", "id", "status", "reviewer", "reviewedAt", "version"))
        .body("components.schemas.FindingDecision.properties.keySet()", hasItems("key", "decision", "category", "severity", "decidedAt"))
        .body("components.schemas.Scorecards.properties.keySet()", hasItems("check", "model", "scorecards", "decisions"))
        .body("components.schemas.Event.properties.keySet()", hasItems("at", "user", "action", "subject", "before", "after"))
        .body("paths.'/api/users'.get.responses.'200'.content.'application/json'.schema.items.'$ref'", equalTo("#/components/schemas/User"));
    given().get("/q/swagger-ui/").then().statusCode(200);
    given().get("/q/health/live").then().statusCode(200);
    create(Map.of("name", "models loaded", "en", "The models are in."));
    given().get("/q/health/ready").then().statusCode(200).body("checks.name", hasItem("language-models")).body("status", equalTo("UP"));
  }

  @SuppressWarnings("unchecked")
  static <T> T cast(Object o) {
    return (T) o;
  }

  static List<String> castList(Object o) {
    return cast(o);
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  static final String TMX =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="test" creationtool="test" creationtoolversion="1"/>
      <body>
        <tu><tuv xml:lang="en-US"><seg>Prime Minister Netanyahu met Russian President Vladimir Putin.</seg></tuv>
            <tuv xml:lang="ru-RU"><seg>Премьер-министр Нетаньяху встретился с президентом России Владимиром Путиным.</seg></tuv>
            <tuv xml:lang="he-IL"><seg>ראש הממשלה נתניהו נפגש עם נשיא רוסיה ולדימיר פוטין.</seg></tuv></tu>
        <tu><tuv xml:lang="en"><seg>The two leaders discussed the situation in Syria.</seg></tuv>
            <tuv xml:lang="ru"><seg>Лидеры обсудили ситуацию в Сирии.</seg></tuv></tu>
      </body></tmx>
      """;

  @Test
  void memoriesAreUploadedListedUsedAndDeleted() {
    byte[] tmx = TMX.getBytes(StandardCharsets.UTF_8);
    Response upload = given().multiPart("file", "team.tmx", tmx, "application/xml").post("/api/memories");
    upload.then().statusCode(201).header("Location", containsString("/api/memories/")).body("units", equalTo(2));
    long id = upload.jsonPath().getLong("id");
    given().multiPart("file", "team.tmx", tmx, "application/xml").post("/api/memories").then().statusCode(200).body("id", equalTo((int) id));

    JsonPath memory = given().get("/api/memories").then().statusCode(200).extract().jsonPath();
    assertThat(memory.getList("items.id", Long.class)).contains(id);
    assertThat(memory.getInt("units")).isGreaterThanOrEqualTo(2);
    assertThat(memory.getString("learnedAt")).isNotBlank();
    JsonPath check = create(seedJson("with a memory"));
    assertThat(links(check, "he")).isNotEmpty();
    given().get("/api/memories/" + id).then().statusCode(200).body("name", equalTo("team.tmx"));

    given().delete("/api/memories/" + id).then().statusCode(204);
    given().get("/api/memories/" + id).then().statusCode(404).contentType("application/problem+json");
    assertThat(given().get("/api/memories").then().extract().jsonPath().getList("items.id", Long.class)).doesNotContain(id);
  }

  @Test
  void badMemoriesAreRefusedNamingTheFileAndLine() {
    given().multiPart("file", "pairs.tsv", "source\ttarget\nHello\tПривет\n".getBytes(StandardCharsets.UTF_8), "text/tab-separated-values")
        .post("/api/memories").then().statusCode(400).contentType("application/problem+json")
        .body("errors[0].field", equalTo("file")).body("errors[0].message", startsWith("pairs.tsv:1: the header must name the language"));
    String hostile = "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<tmx><body/></tmx>";
    given().multiPart("file", "evil.tmx", hostile.getBytes(StandardCharsets.UTF_8), "application/xml")
        .post("/api/memories").then().statusCode(400).body("errors[0].message", containsString("DOCTYPE"));
    given().multiPart("name", "no file").post("/api/memories").then().statusCode(400).body("errors[0].field", equalTo("file"));
  }

  @Test
  void anAcceptedLinkBecomesMemory() {
    int before = given().get("/api/memories").then().statusCode(200).extract().jsonPath().getInt("acceptedLinks");
    JsonPath check = create(seedJson("learning from verdicts"));
    Map<String, Object> link =
        links(check, "he").stream().filter(l -> !((List<?>) l.get("source")).isEmpty() && !((List<?>) l.get("target")).isEmpty()).findFirst().orElseThrow();

    given().contentType(ContentType.JSON).body(Map.of("status", "accepted", "reviewer", "Anna", "version", 0))
        .put("/api/checks/" + check.getLong("id") + "/links/" + link.get("id")).then().statusCode(200);

    assertThat(given().get("/api/memories").then().extract().jsonPath().getInt("acceptedLinks")).isEqualTo(before + 1);
  }
}
