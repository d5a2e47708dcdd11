package org.rosetta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rosetta.check.Finding;
import org.rosetta.check.Severity;
import org.rosetta.detect.LanguageIdentifier;
import org.rosetta.report.DocumentReport;
import org.rosetta.segment.SentenceSegmenter;
import org.rosetta.terminology.Glossary;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;
import org.rosetta.text.SegmentId;

/** The whole pipeline on the seed statement, its translations, and deliberately broken copies. */
class EngineTest {
  private static Engine engine;
  private static Glossary glossary;

  @BeforeAll
  static void build() {
    engine = new Engine(new SentenceSegmenter(), new LanguageIdentifier(), Engine.AlignerKind.ANCHORED);
    glossary = Fixtures.glossary();
  }

  private static List<Finding> findings(DocumentReport report, String rule) {
    return report.findings().stream().filter(f -> f.rule().id().equals(rule)).toList();
  }

  private static String segmentText(DocumentReport report, SegmentId id) {
    return report.texts().get(id.lang()).segments().get(id.index()).text();
  }

  @Test
  void theSeedTranslationsAreCleanAndEveryEnglishSentenceIsLinked() {
    DocumentReport report = engine.check(Fixtures.seed(), Evidence.of(glossary));

    assertThat(report.findings()).filteredOn(f -> f.severity().atLeast(Severity.WARNING)).isEmpty();
    for (Lang target : Lang.targets()) {
      assertThat(report.alignments().get(target)).noneMatch(l -> l.isOmission() || l.isAddition());
    }
  }

  @Test
  void theTranslatorsMergesAndSplitsAreRecognised() {
    DocumentReport report = engine.check(Fixtures.seed(), Evidence.of(glossary));

    List<Finding> merges = findings(report, "alignment.merge");
    List<Finding> splits = findings(report, "alignment.split");
    assertThat(merges).filteredOn(f -> f.language().code().equals("ru")).hasSize(2);
    assertThat(merges).filteredOn(f -> f.language().code().equals("he")).hasSize(2);
    assertThat(splits).filteredOn(f -> f.language().code().equals("ru")).singleElement()
        .satisfies(f -> assertThat(segmentText(report, f.segments().get(0))).startsWith("I hope that Israel and Russia"));
    Finding mrPresident = merges.stream().filter(f -> f.language().code().equals("he")).findFirst().orElseThrow();
    assertThat(segmentText(report, mrPresident.segments().get(0))).isEqualTo("\"Mr. President.");
    assertThat(segmentText(report, mrPresident.segments().get(2))).startsWith("\"אדוני הנשיא, טוב לראות אותך שוב");
  }

  @Test
  void aForbiddenVariantIsReportedOnItsExactSpan() {
    String russian = Fixtures.text(Lang.RU).replace("с воинствующим исламом", "с милитантным исламом");
    DocumentReport report = engine.check(Fixtures.seed(Map.of(Lang.RU, russian)), Evidence.of(glossary));

    Finding f = findings(report, "terminology.forbidden").stream().filter(x -> x.language().code().equals("ru")).findFirst().orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.found()).isEqualTo("милитантным исламом");
    assertThat(f.expected()).isEqualTo("воинствующий ислам / радикальный ислам");
    int[] cps = russian.codePoints().toArray();
    assertThat(new String(cps, f.spans().get(0).start(), f.spans().get(0).end() - f.spans().get(0).start())).isEqualTo("милитантным исламом");
  }

  /**
   * Every forbidden variant of the glossary put into the seed's Russian, inflected as the approved
   * term stood there, is reported with that approved form as its first suggestion.
   */
  @org.junit.jupiter.params.ParameterizedTest(name = "{1} → {2}")
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "с воинствующим исламом|с милитантным исламом|воинствующим исламом",
        "с воинствующим исламом|с боевым исламом|воинствующим исламом",
        "двусторонних отношений|билатеральных отношений|двусторонних отношений",
        "с президентом России|с председателем России|президентом",
        "Премьер-министр Биньямин|Первый министр Биньямин|Премьер-министр",
        "Биньямин Нетаньяху встретился|Бенджамин Нетаньяху встретился|Биньямин",
        "Биньямин Нетаньяху встретился|Биньямин Нетаниягу встретился|Нетаньяху",
        "на конференции по климату|на конференции по погоде|конференции по климату",
        "наши военные очень|наша военщина очень|военные",
        "Израилем и Россией|Израилем и Русью|Россией",
      })
  void everyForbiddenVariantInTheSeedGetsTheApprovedFormInItsCase(String approved, String forbidden, String suggestion) {
    String russian = Fixtures.text(Lang.RU);
    assertThat(russian).contains(approved);
    DocumentReport report = engine.check(Fixtures.seed(Map.of(Lang.RU, russian.replaceFirst(approved, forbidden))), Evidence.of(glossary));

    assertThat(findings(report, "terminology.forbidden"))
        .filteredOn(f -> f.language().code().equals("ru"))
        .singleElement()
        .satisfies(f -> assertThat(f.suggestions()).first().isEqualTo(suggestion));
  }

  @Test
  void aMissingApprovedTermIsReportedWithTheEnglishTerm() {
    String hebrew = Fixtures.text(Lang.HE).replace("בוועידת האקלים בפריז", "בכנס בצרפת");
    DocumentReport report = engine.check(Fixtures.seed(Map.of(Lang.HE, hebrew)), Evidence.of(glossary));

    assertThat(findings(report, "terminology.missing"))
        .extracting(f -> f.language().code(), Finding::expected)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("he", "ועידת האקלים / כנס האקלים"),
            org.assertj.core.groups.Tuple.tuple("he", "פריז / פאריס"));
  }

  @Test
  void deletedSentencesAreOmissionsAndTheTwoTranslationsDisagree() {
    String russian = Fixtures.text(Lang.RU).replace("Это очень добрый и светлый праздник, который символизирует победу, торжество света над тьмой. ", "");
    String hebrew = Fixtures.text(Lang.HE).replace("אני חושב שזה מעיד על הפתיחות ועל ההצלחה של היחסים בין ישראל לרוסיה, של היחסים בינינו. ", "");
    DocumentReport report = engine.check(Fixtures.seed(Map.of(Lang.RU, russian, Lang.HE, hebrew)), Evidence.of(glossary));

    assertThat(findings(report, "alignment.omission"))
        .extracting(f -> f.language().code(), f -> segmentText(report, f.segments().get(0)))
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("ru", "It’s a very good and bright holiday that symbolizes the victory, the triumph of light over dark."),
            org.assertj.core.groups.Tuple.tuple("he", "I think this is an indication of the openness and the success of the relationship between Israel and Russia, our relationship."));
    assertThat(findings(report, "alignment.disagreement")).hasSize(2);
  }

  @Test
  void aSentenceLeftInEnglishIsUntranslated() {
    String english = "I remember our detailed talk when you visited me in Moscow.";
    String hebrew = Fixtures.text(Lang.HE).replace("אני זוכר את שיחתנו המפורטת בעת ביקורך אצלי במוסקבה.", english);
    DocumentReport report = engine.check(Fixtures.seed(Map.of(Lang.HE, hebrew)), Evidence.of(glossary));

    assertThat(findings(report, "untranslated"))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.language().code()).isEqualTo("he");
          assertThat(segmentText(report, f.segments().get(0))).isEqualTo(english);
        });
  }

  @Test
  void aUkrainianSentenceInTheRussianFileIsCaught() {
    String russian = Fixtures.text(Lang.RU).replace("Мы удовлетворены развитием двусторонних отношений.", "Ми задоволені розвитком двосторонніх відносин.");
    DocumentReport report = engine.check(Fixtures.seed(Map.of(Lang.RU, russian)), Evidence.of(glossary));

    assertThat(findings(report, "language.unexpected"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("Ukrainian"));
  }

  @Test
  void aQuotationKeptInItsLanguageOnBothSidesIsANote() {
    String quote = "Il faut bien le faire, comme nous l'avons toujours fait ensemble.";
    String english = Fixtures.text(Lang.EN).replace("It’s important.", quote);
    String russian = Fixtures.text(Lang.RU).replace(", а это важно.", ". " + quote);
    DocumentReport report = engine.check(Fixtures.seed(Map.of(Lang.EN, english, Lang.RU, russian)), Evidence.of(glossary));

    assertThat(findings(report, "language.unexpected"))
        .filteredOn(f -> f.message().contains("French"))
        .isNotEmpty()
        .allSatisfy(f -> {
          assertThat(f.severity()).isEqualTo(Severity.INFO);
          assertThat(f.message()).contains("a quotation kept in its language");
        });
  }

  @Test
  void numbersThatChangeAreReported() {
    String english = Fixtures.text(Lang.EN).replace("This is our second meeting", "This is our 2nd meeting in 2015");
    String russian = Fixtures.text(Lang.RU).replace("Это наша вторая встреча", "Это наша 2-я встреча в 2016 году");
    DocumentReport report = engine.check(Fixtures.seed(Map.of(Lang.EN, english, Lang.RU, russian)), Evidence.of(glossary));

    assertThat(findings(report, "numbers.mismatch"))
        .filteredOn(f -> f.language().code().equals("ru"))
        .extracting(Finding::found)
        .containsExactlyInAnyOrder("2015", "2016");
  }

  @Test
  void segmentsKeepTheirOffsetsInTheFile() {
    DocumentReport report = engine.check(Fixtures.seed(), Evidence.of(glossary));
    for (Lang lang : Lang.values()) {
      int[] cps = Fixtures.text(lang).codePoints().toArray();
      for (Segment s : report.texts().get(lang).segments()) {
        assertThat(new String(cps, s.start(), s.end() - s.start())).isEqualTo(s.text());
      }
    }
  }

  @Test
  void anEngineOnAPoolOfItsOwnFindsWhatTheSharedPoolFinds() {
    DocumentReport shared = engine.check(Fixtures.seed(), Evidence.of(glossary));
    DocumentReport oneThread = engine.withThreads(1).check(Fixtures.seed(), Evidence.of(glossary));

    assertThat(oneThread.alignments()).isEqualTo(shared.alignments());
    assertThat(oneThread.findings()).isEqualTo(shared.findings());
    assertThatThrownBy(() -> engine.withThreads(0)).hasMessage("an engine needs at least one thread, not 0");
  }
}
