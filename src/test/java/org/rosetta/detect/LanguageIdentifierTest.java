package org.rosetta.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageIdentifierTest {
  private static LanguageIdentifier identifier;

  @BeforeAll
  static void loadModels() {
    identifier = new LanguageIdentifier();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Мы удовлетворены развитием двусторонних отношений между нашими странами.|ru",
        "Ми задоволені розвитком двосторонніх відносин між нашими країнами.|uk",
        "Ние сме доволни от развитието на двустранните отношения между нашите страни.|bg",
        "We are satisfied with the progress of bilateral relations.|en",
        "Wir sind mit dem Fortschritt der bilateralen Beziehungen zufrieden.|de",
        "Nous sommes satisfaits des progrès des relations bilatérales.|fr",
        "אנו מרוצים מההתקדמות ביחסים הבילטרליים.|he",
        "נתניהו|he",
      })
  void tellsDocumentLanguagesFromTheirConfusables(String text, String expected) {
    assertThat(identifier.detect(text).language()).isEqualTo(expected);
  }

  /** Each sentence in the file it would be slipped into: the file's language must not win. */
  @ParameterizedTest(name = "{0} in the {1} file: {2}")
  @CsvFileSource(resources = "/detect/confusables.tsv", delimiter = '\t')
  void findsConfusablesSlippedIntoAFile(String language, String file, String sentence) {
    assertThat(identifier.detect(sentence, file).language()).isEqualTo(language);
  }

  /**
   * Short Russian sentences of names and common words, in which Lingua's n-grams find Bulgarian:
   * without a letter or word of Bulgarian and with words the Russian dictionary knows, they stay
   * Russian, and the confidence says the evidence was thin.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ru|Рим – столица Италии.",
        "ru|Все жители Монако — католики.",
        "ru|Певец Раджеш Кханна пел вместе с ним.",
        "en|Tomb of Ramesses (KV7).",
        "en|Jardín de la Unión.",
      })
  void shortSentencesStayInTheirFilesLanguageWithoutForeignEvidence(String file, String sentence) {
    assertThat(identifier.detect(sentence, file).language()).isEqualTo(file);
  }

  @ParameterizedTest(name = "{0} in the {1} file: {2}")
  @CsvFileSource(resources = "/detect/confusables.tsv", delimiter = '\t')
  void noConfusableHasTheFilesConfirmingWords(String language, String file, String sentence) {
    assertThat(ConfirmingWords.confirm(file, sentence)).isFalse();
  }

  @Test
  void functionWordsConfirmTheFilesLanguage() {
    assertThat(ConfirmingWords.confirm("en", "I hope that Israel and Russia can see eye to eye on all the issues.")).isTrue();
    assertThat(ConfirmingWords.confirm("ru", "Думаю, это свидетельствует об открытости и успешности отношений, которые")).isTrue();
    assertThat(ConfirmingWords.confirm("en", "Prime Minister Netanyahu met President Putin.")).isFalse();
    assertThat(ConfirmingWords.confirm("he", "the and of")).isFalse();
  }

  /** Stress marks, as textbooks and name guides print them, hide neither a function word nor a dictionary word. */
  @Test
  void stressMarksDoNotHideRussianWords() {
    String stressed = "Что́ же э́то тако́е, спроси́л он, когда́ мы верну́лись домо́й.";
    assertThat(ConfirmingWords.confirm("ru", stressed)).isTrue();
    assertThat(identifier.detect(stressed, "ru").language()).isEqualTo("ru");
    assertThat(identifier.detect("Прави́тельство утверди́ло но́вый зако́н.", "ru").language()).isEqualTo("ru");
  }

  /**
   * Verses of the Russian development chapters that Lingua's full models took for Belarusian,
   * Ukrainian or Bulgarian: their letters fit Russian alone, or Lingua's trigrams find them
   * Russian.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Сыны Хама: Хуш, Мицраим, Фут и Ханаан.",
        "Сыны Арама: Уц, Хул, Гефер и Маш.",
        "И прогнал их от судилища.",
        "Елиуд родил Елеазара; Елеазар родил Матфана; Матфан родил Иакова.",
        "Доколе положу врагов Твоих в подножие ног Твоих.",
      })
  void russianVersesFullOfNamesStayRussian(String verse) {
    assertThat(identifier.detect(verse, "ru").language()).isEqualTo("ru");
  }

  @Test
  void lettersConfirmTheFilesLanguageButNeverAccuseAlone() {
    // "ї" and "є" fit Ukrainian alone, yet a Ukrainian answer must come from a model.
    Detection ukrainian = identifier.detect("Наша делегація прибула до Єрусалиму в понеділок.", "ru");
    assertThat(ukrainian.language()).isEqualTo("uk");
    assertThat(identifier.detect("Мы удовлетворены развитием двусторонних отношений.", "ru"))
        .isEqualTo(new Detection("ru", 1.0, Detection.UNDETERMINED_CODE));
  }

  @Test
  void linguaReadsTrigramsOnlyFromItsCleanedUpLength() {
    assertThat(LanguageIdentifier.cleanedLength("  Hello,   world 2015!  ")).isEqualTo("hello world ".length());
  }

  @ParameterizedTest
  @CsvSource({"OK", "Netanyahu", "Путин", "2015", "Mr. President."})
  void shortSegmentsAreUndetermined(String text) {
    assertThat(identifier.detect(text).determined()).isFalse();
  }

  @Test
  void addressesDoNotMakeATextLatin() {
    assertThat(identifier.detect("Источник: https://www.gov.il/en/pages/eventputin301115 (официальный сайт правительства)").language())
        .isEqualTo("ru");
  }

  @Test
  void unknownLanguageCodesAreRefused() {
    assertThatThrownBy(() -> new LanguageIdentifier(java.util.List.of("en", "xx")))
        .hasMessage("'xx' is not an ISO 639-1 language code");
  }
}
