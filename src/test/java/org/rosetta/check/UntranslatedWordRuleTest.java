package org.rosetta.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rosetta.text.Lang;

/** English words left inside Russian and Hebrew sentences, and the Latin words translators keep. */
class UntranslatedWordRuleTest {
  @ParameterizedTest(name = "{0} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "We can join the environmental movement.|RU|Мы можем join к экологическому движению.|join",
        "She thanked her hubby for the flowers.|HE|היא הודתה ל hubby שלה על הפרחים.|hubby",
        "Our militaries have been very careful to coordinate.|RU|Наши военные очень тщательно coordinating свои действия.|coordinating",
        "The US army will join the talks.|HE|צבא ארה\"ב יצטרף join לשיחות.|join",
        "He called it a lesson, and we join it.|RU|Он назвал это „уроком“, и мы join к нему.|join",
      })
  void anEnglishWordInATranslatedSentenceIsAWarning(String english, Lang lang, String translation, String word) {
    assertThat(OneToOne.check(new UntranslatedWordRule(), lang, new String[][] {{english, translation}}))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.rule().id()).isEqualTo("untranslated.word");
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.found()).isEqualTo(word);
        });
  }

  @ParameterizedTest(name = "{0} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The park does not issue park permits early.|HE|הפארק אינו מנפיק אישורי כניסה (park permits) מוקדם.",
        "The bloom is caused by Karenia brevis.|RU|Цветение вызвано водорослью Karenia brevis.",
        "Behave like someone who is bien élevé.|RU|Ведите себя как «bien élevé» человек.",
        "Visit www.gov.il or write to press@gov.il with #peace.|RU|Зайдите на www.gov.il или напишите на press@gov.il с #peace.",
        "The word cell comes from the Latin cella.|RU|Слово «клетка» происходит от латинского cella.",
        "The Prime Minister met the President at the COP21 summit.|HE|ראש הממשלה פגש את הנשיא בפסגת COP21.",
      })
  void whatTranslatorsKeepInLatinRaisesNothing(String english, Lang lang, String translation) {
    assertThat(OneToOne.check(new UntranslatedWordRule(), lang, new String[][] {{english, translation}})).isEmpty();
  }
}
