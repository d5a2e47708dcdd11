package org.rosetta.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rosetta.Engine;
import org.rosetta.Evidence;
import org.rosetta.segment.SentenceSegmenter;
import org.rosetta.terminology.Glossary;
import org.rosetta.terminology.GlossaryReader;
import org.rosetta.text.DocumentInput;
import org.rosetta.text.Lang;
import org.rosetta.text.SourceText;

/**
 * The project's own glossary on the usual ways a press office writes its concepts: a correct
 * rendering raises no terminology error, whichever concept's longer term holds its words
 * ("Президент России" renders President and Russia) and in the Hebrew construct state ("ראש
 * ממשלת ישראל" renders Prime Minister).
 */
class DiplomacyPhrasingsTest {
  private static Glossary glossary;
  private final Engine engine = Engine.withoutDetection(new SentenceSegmenter(), Engine.AlignerKind.ANCHORED);

  @BeforeAll
  static void readGlossary() throws IOException {
    Path csv = Path.of("glossaries/diplomacy.csv");
    glossary = GlossaryReader.read(csv.getFileName().toString(), Files.readString(csv, StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The President of Russia met the Prime Minister of Israel.|Президент России встретился с премьер-министром Израиля.|נשיא רוסיה נפגש עם ראש ממשלת ישראל.",
        "The Russian President thanked the Prime Minister.|Президент России поблагодарил премьер-министра.|נשיא רוסיה הודה לראש הממשלה.",
        "Prime Minister Netanyahu spoke with President Putin by telephone.|Премьер-министр Нетаньяху поговорил по телефону с президентом Путиным.|ראש הממשלה נתניהו שוחח בטלפון עם הנשיא פוטין.",
        "Prime Minister Benjamin Netanyahu met President Vladimir Putin in Moscow.|Премьер-министр Биньямин Нетаньяху встретился в Москве с президентом Владимиром Путиным.|ראש הממשלה בנימין נתניהו נפגש במוסקבה עם הנשיא ולדימיר פוטין.",
        "They met on the sidelines of the climate conference in Paris.|Они встретились в кулуарах конференции по климату в Париже.|הם נפגשו בשולי ועידת האקלים בפריז.",
        "The leaders discussed bilateral relations and coordination between the militaries.|Лидеры обсудили двусторонние отношения и координацию между военными.|המנהיגים דנו ביחסים הבילטרליים ובתיאום בין הצבאות.",
        "Militant Islam and terrorism threaten us all.|Воинствующий ислам и терроризм угрожают всем нам.|האסלאם הקיצוני והטרור מאיימים על כולנו.",
        "Chanukah is a holiday of light.|Ханука — это праздник света.|חנוכה הוא חג של אור.",
        "Israel and Russia agreed.|Израиль и Россия договорились.|ישראל ורוסיה הסכימו.",
      })
  void usualPhrasingsRaiseNoTerminologyError(String en, String ru, String he) {
    DocumentInput input =
        new DocumentInput(
            "statement",
            Map.of(
                Lang.EN, new SourceText(Lang.EN, "statement.en.txt", en),
                Lang.RU, new SourceText(Lang.RU, "statement.ru.txt", ru),
                Lang.HE, new SourceText(Lang.HE, "statement.he.txt", he)));
    List<Finding> findings = engine.check(input, Evidence.of(glossary)).findings();

    assertThat(findings).filteredOn(f -> f.rule().id().startsWith("terminology.") && f.severity() != Severity.INFO).isEmpty();
  }
}
