package org.rosetta.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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
