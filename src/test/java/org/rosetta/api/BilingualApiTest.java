package org.rosetta.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.rosetta.account.Roles;
import org.rosetta.bilingual.BilingualUnit;
import org.rosetta.bilingual.TestBilingual;
import org.rosetta.text.Lang;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * A CAT tool's bilingual file sent to the service: checked unit by unit, stored, reviewed, and sent
 * back as the same XLIFF with the findings as notes.
 */
@QuarkusTest
@TestSecurity(user = "Anna", roles = Roles.REVIEWER)
class BilingualApiTest {
  private static final String XLIFF12 = "urn:oasis:names:tc:xliff:document:1.2";

  static {
    io.restassured.RestAssured.registerParser(Problem.MEDIA_TYPE, io.restassured.parsing.Parser.JSON);
  }

  /** The seed's Russian units with a forbidden term, a changed number and an empty target planted. */
  private static List<BilingualUnit> slips() {
    List<BilingualUnit> units = new ArrayList<>(TestBilingual.seedUnits(Lang.RU));
    replaceIn(units, "двусторонних отношений", "билатеральных отношений");
    replaceIn(units, "Рад снова вас видеть.", "");
    return units;
  }

  private static void replaceIn(List<BilingualUnit> units, String found, String replacement) {
    for (int k = 0; k < units.size(); k++) {
      BilingualUnit unit = units.get(k);
      if (unit.target().contains(found)) {
        units.set(k, new BilingualUnit(unit.id(), unit.source(), replacement.isEmpty() ? "" : unit.target().replace(found, replacement)));
        return;
      }
    }
    throw new IllegalArgumentException("no unit translates to " + found);
  }

  private static String unitOf(List<BilingualUnit> units, String found) {
    return units.stream().filter(u -> u.target().contains(found)).findFirst().orElseThrow().id();
  }

  private static RequestSpecification upload(String fileName, String content) {
    return given().multiPart("bilingual", fileName, content.getBytes(StandardCharsets.UTF_8), "application/xml").multiPart("glossary", "diplomacy.csv", CheckApiTest.CSV.getBytes(StandardCharsets.UTF_8), "text/csv");
  }

  @Test
  void anXliffIsCheckedUnitByUnitStoredAndSentBackWithNotes() throws Exception {
    List<BilingualUnit> units = slips();
    String xliff = TestBilingual.xliff12(units, "ru-RU");
    JsonPath check = upload("statement.xlf", xliff).post("/api/checks").then().statusCode(201).extract().jsonPath();
    long id = check.getLong("id");

    assertThat(check.getString("name")).isEqualTo("statement");
    assertThat(check.getList("languages", String.class)).containsExactly("en", "ru");
    assertThat(check.getList("documents[0].texts.ru.segments.unit", String.class)).startsWith("tu1").doesNotContainNull();
    List<String> messages = check.getList("documents[0].findings.message", String.class);
    String forbiddenUnit = unitOf(units, "билатеральных");
    assertThat(messages).anyMatch(m -> m.contains("билатеральных") && m.endsWith("(unit " + forbiddenUnit + ")"));
    assertThat(check.getList("documents[0].findings.rule", String.class)).contains("alignment.omission");

    // The page shows each segment's unit.
    given().get("/checks/" + id).then().statusCode(200).body(containsString("unit " + forbiddenUnit))
        .body(containsString("id=\"export-xliff-back\"")).body(containsString("from statement.xlf, unit by unit"));
    assertThat(check.getString("bilingual.name")).isEqualTo("statement.xlf");
    JsonPath stored = given().get("/api/checks/" + id).then().statusCode(200).extract().jsonPath();
    assertThat((Object) stored.get("documents")).as("units, detections and findings read back from rows").isEqualTo(check.get("documents"));

    // Back to the CAT tool: the same file, the findings as notes on their units, nothing else changed.
    String back = given().get("/api/checks/" + id + "/export?format=xliff").then().statusCode(200)
        .contentType(containsString("application/xliff+xml")).extract().asString();
    Document parsed = parse(back);
    List<String> noted = new ArrayList<>();
    NodeList notes = parsed.getElementsByTagNameNS(XLIFF12, "note");
    for (int k = 0; k < notes.getLength(); k++) {
      Element note = (Element) notes.item(k);
      assertThat(note.getAttribute("from")).isEqualTo("rosetta");
      noted.add(((Element) note.getParentNode()).getAttribute("id"));
    }
    assertThat(noted).contains(forbiddenUnit);
    assertThat(back.replaceAll("\\s*<note from=\"rosetta\"[^>]*>[^<]*</note>", "")).isEqualTo(xliff);

    // A confirmed error goes back too, as an ITS 2.0 quality issue its unit's target refers to.
    Map<String, Object> forbidden = check.<Map<String, Object>>getList("documents[0].findings").stream()
        .filter(f -> "terminology.forbidden".equals(f.get("rule"))).findFirst().orElseThrow();
    given().contentType(io.restassured.http.ContentType.JSON).body(Map.of("decision", "confirmed", "reason", "the glossary is clear"))
        .put("/api/checks/" + id + "/findings/" + forbidden.get("key")).then().statusCode(200);
    String withIssues = given().get("/api/checks/" + id + "/export?format=xliff").then().statusCode(200).extract().asString();
    Document reread = parse(withIssues);
    String its = "http://www.w3.org/2005/11/its";
    NodeList issues = reread.getElementsByTagNameNS(its, "locQualityIssue");
    assertThat(issues.getLength()).isEqualTo(1);
    Element issue = (Element) issues.item(0);
    assertThat(issue.getAttribute("locQualityIssueType")).isEqualTo("terminology");
    assertThat(issue.getAttribute("locQualityIssueSeverity")).isEqualTo("60");
    assertThat(issue.getAttribute("locQualityIssueComment")).contains("terminology.forbidden").contains("билатеральных").endsWith("the glossary is clear");
    Element standoff = (Element) issue.getParentNode();
    Element unit = (Element) standoff.getParentNode();
    assertThat(unit.getAttribute("id")).isEqualTo(forbiddenUnit);
    Element target = (Element) unit.getElementsByTagNameNS(XLIFF12, "target").item(0);
    assertThat(target.getAttributeNS(its, "locQualityIssuesRef")).isEqualTo("#" + standoff.getAttributeNS("http://www.w3.org/XML/1998/namespace", "id"));
    assertThat(withIssues.replaceAll("<its:locQualityIssues .*?</its:locQualityIssues>", "").replaceAll(" xmlns:its=\"[^\"]*\" its:version=\"2.0\" its:locQualityIssuesRef=\"[^\"]*\"", ""))
        .as("nothing else changed").isEqualTo(back);

    // With a language asked for, the reviewed alignment as XLIFF 2.1, as for any check.
    assertThat(parse(given().get("/api/checks/" + id + "/export?format=xliff&lang=ru").then().statusCode(200).extract().asString())
        .getDocumentElement().getNamespaceURI()).isEqualTo("urn:oasis:names:tc:xliff:document:2.0");
  }

  @Test
  void aRelinkedBilingualCheckKeepsItsUnits() {
    List<BilingualUnit> units = TestBilingual.seedUnits(Lang.RU);
    JsonPath check = upload("relink.xlf", TestBilingual.xliff12(units, "ru")).post("/api/checks").then().statusCode(201).extract().jsonPath();
    long id = check.getLong("id");
    assertThat(check.getInt("findingCounts.error")).isZero();
    String secondTarget = check.getList("documents[0].alignments.ru[1].target", String.class).get(0);

    // The second unit's translation pulled into the first unit's link: the second unit is left untranslated.
    JsonPath after = given().contentType("application/json").body(Map.of("lang", "ru", "segment", secondTarget, "to", "en-1", "version", check.getLong("version")))
        .post("/api/checks/" + id + "/relink").then().statusCode(200).extract().jsonPath();

    assertThat(after.getList("findingsAdded.message", String.class)).anyMatch(m -> m.endsWith("(unit tu2)"));
    JsonPath stored = given().get("/api/checks/" + id).then().statusCode(200).extract().jsonPath();
    assertThat(stored.getList("documents[0].texts.en.segments.unit", String.class)).startsWith("tu1").doesNotContainNull();
    assertThat(stored.getList("documents[0].texts.ru.segments.unit", String.class)).startsWith("tu1");
    assertThat(stored.getList("documents[0].findings.message", String.class)).anyMatch(m -> m.endsWith("(unit tu2)"));
    // Its links are the CAT tool's units: the aligner is not let loose on a range of them.
    given().contentType("application/json")
        .body(Map.of("from", stored.getLong("documents[0].alignments.ru[0].id"), "to", stored.getLong("documents[0].alignments.ru[2].id"), "version", stored.getLong("version")))
        .post("/api/checks/" + id + "/realign").then().statusCode(400).body("detail", org.hamcrest.Matchers.containsString("its units"));
  }

  @Test
  void aTmxWithBothTranslationsIsOneCheckOfThreeTexts() {
    Map<String, List<BilingualUnit>> both = TestBilingual.seedUnitsOfBoth();
    JsonPath check = upload("statement.tmx", TestBilingual.tmx(both)).post("/api/checks").then().statusCode(201).extract().jsonPath();

    assertThat(check.getList("languages", String.class)).containsExactly("en", "ru", "he");
    assertThat(check.getInt("findingCounts.error")).isZero();
    assertThat(check.getList("documents[0].alignments.he")).hasSize(both.get("he").size());
    // A TMX goes back as the alignment's XLIFF: only an XLIFF is written back as itself.
    given().get("/api/checks/" + check.getLong("id") + "/export?format=xliff").then().statusCode(200).body(containsString("trgLang=\"ru\""));
  }

  @Test
  void badBilingualFilesAreRefusedByTheirFieldAndNothingIsStored() {
    long before = CheckApiTest.checkCount();
    String xliff = TestBilingual.xliff12(TestBilingual.seedUnits(Lang.RU).subList(0, 2), "ru");

    upload("dtd.xlf", xliff.replace("<xliff ", "<!DOCTYPE xliff SYSTEM \"http://127.0.0.1:9/x.dtd\">\n<xliff ")).post("/api/checks")
        .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("bilingual")).body("detail", containsString("DOCTYPE"));
    upload("none.xlf", TestBilingual.xliff12(TestBilingual.seedUnits(Lang.RU).subList(0, 2), null)).post("/api/checks")
        .then().statusCode(400).body("errors[0].field", equalTo("bilingual")).body("detail", containsString("no target language"));
    upload("statement.docx", xliff).post("/api/checks")
        .then().statusCode(400).body("errors[0].field", equalTo("bilingual")).body("detail", containsString(".xlf"));
    upload("statement.xlf", xliff).multiPart("en", "Some English.").post("/api/checks")
        .then().statusCode(400).body("errors[0].field", equalTo("bilingual")).body("detail", containsString("not both"));
    assertThat(CheckApiTest.checkCount()).isEqualTo(before);
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }
}
