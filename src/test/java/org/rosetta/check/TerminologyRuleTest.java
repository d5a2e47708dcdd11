package org.rosetta.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rosetta.Engine;
import org.rosetta.Evidence;
import org.rosetta.segment.SentenceSegmenter;
import org.rosetta.terminology.Glossary;
import org.rosetta.terminology.GlossaryReader;
import org.rosetta.text.DocumentInput;
import org.rosetta.text.Lang;
import org.rosetta.text.SourceText;

/** The terminology rule on verses of Genesis 32 and Matthew 1, with a glossary of their names. */
class TerminologyRuleTest {
  private static final Glossary NAMES =
      GlossaryReader.read(
          "names.csv",
          """
          concept,lang,term,status
          jacob,en,Jacob,preferred
          jacob,ru,Иаков,preferred
          jacob,he,יעקב,preferred
          isaac,en,Isaac,preferred
          isaac,ru,Исаак,preferred
          isaac,ru,Ицхак,forbidden
          isaac,he,יצחק,preferred
          angel,en,angel,preferred
          angel,ru,ангел,preferred
          angel,ru,вестник,forbidden
          angel,he,מלאך,preferred
          """);

  private final Engine engine = Engine.withoutDetection(new SentenceSegmenter(), Engine.AlignerKind.ANCHORED);

  private List<Finding> check(String en, String ru, String he) {
    DocumentInput input =
        new DocumentInput(
            "verses",
            Map.of(
                Lang.EN, new SourceText(Lang.EN, "verses.en.txt", en),
                Lang.RU, new SourceText(Lang.RU, "verses.ru.txt", ru),
                Lang.HE, new SourceText(Lang.HE, "verses.he.txt", he)));
    return engine.check(input, Evidence.of(NAMES)).findings().stream().filter(f -> f.rule().id().startsWith("terminology.")).toList();
  }

  private static final String MATTHEW_EN =
      "Abraham begat Isaac; and Isaac begat Jacob; and Jacob begat Judas and his brethren.\n\n"
          + "And Judas begat Phares and Zara of Thamar; and Phares begat Esrom; and Esrom begat Aram.\n";
  private static final String MATTHEW_RU =
      "Авраам родил Исаака; Исаак родил Иакова; Иаков родил Иуду и братьев его.\n\n"
          + "Иуда родил Фареса и Зару от Фамари; Фарес родил Есрома; Есром родил Арама.\n";
  private static final String MATTHEW_HE =
      "אברהם הוליד את יצחק ויצחק הוליד את יעקב ויעקב הוליד את יהודה ואת אחיו.\n\n"
          + "ויהודה הוליד את פרץ ואת זרח מתמר ופרץ הוליד את חצרון וחצרון הוליד את רם.\n";

  @Test
  void aTranslationThatNamesEveryMentionIsClean() {
    assertThat(check(MATTHEW_EN, MATTHEW_RU, MATTHEW_HE)).isEmpty();
  }

  @Test
  void aMentionLeftOutIsCounted() {
    List<Finding> findings = check(MATTHEW_EN, MATTHEW_RU, MATTHEW_HE.replace("ויצחק הוליד", "והוא הוליד"));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo(RuleId.TERMINOLOGY_COUNT);
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.language().code()).isEqualTo("he");
      assertThat(f.message()).isEqualTo("\"Isaac\" occurs twice in en-1 but is rendered only once in he-1: is one mention left out?");
    });
  }

  @Test
  void aForbiddenTermIsAnErrorOnlyWhereTheEnglishNamesTheConcept() {
    String en = "And Jacob went on his way, and the angels of God met him.\n\n"
        + "And Jacob sent messengers before him to Esau his brother unto the land of Seir, the country of Edom.\n";
    String ru = "А Иаков пошел путем своим. И встретили его вестники Божии.\n\n"
        + "И послал Иаков пред собою вестников к брату своему Исаву в землю Сеир, в область Едом.\n";
    String he = "ויעקב הלך לדרכו ויפגעו בו מלאכי אלהים.\n\n"
        + "וישלח יעקב מלאכים לפניו אל עשו אחיו ארצה שעיר שדה אדום.\n";

    assertThat(check(en, ru, he)).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo(RuleId.TERMINOLOGY_FORBIDDEN);
      assertThat(f.found()).isEqualTo("вестники");
      assertThat(f.suggestions()).containsExactly("ангелы");
    });
  }
}
