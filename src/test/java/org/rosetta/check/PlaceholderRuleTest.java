package org.rosetta.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rosetta.text.Lang;

/** Labels, placeholders, addresses and tags carried over as written, or not. */
class PlaceholderRuleTest {
  @ParameterizedTest(name = "{0} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "(PERSON4) I bench press on my bed.|RU|(PERSON4) Я делаю жим лёжа на своей кровати.",
        "Dear {name}, your check of %s is ready.|RU|Уважаемый {name}, ваша проверка %s готова.",
        "Source: https://www.gov.il/en/pages/eventputin301115|HE|מקור: https://www.gov.il/en/pages/eventputin301115",
        "Write to press@example.org or follow #Rosetta and @pmo_israel.|HE|כתבו אל press@example.org או עקבו אחר #Rosetta ו-@pmo_israel.",
      })
  void whatIsCarriedOverRaisesNothing(String english, Lang lang, String translation) {
    assertThat(OneToOne.check(new PlaceholderRule(), lang, new String[][] {{english, translation}})).isEmpty();
  }

  @Test
  void aDroppedSpeakerLabelIsAnErrorOfItsOwnAndNotAMissingNumber() {
    String[][] pair = {{"(PERSON4) I bench press on my bed.", "Я на своей кровати."}};

    List<Finding> findings = OneToOne.check(new PlaceholderRule(), Lang.RU, pair);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.rule().id()).isEqualTo("placeholders.mismatch");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.message()).isEqualTo("(PERSON4) of en-1 is not in the translation as written");
    });
    assertThat(OneToOne.check(new NumberRule(), Lang.RU, pair)).isEmpty();
  }

  @Test
  void aTranslatedPlaceholderIsMissingAndAnAddressOnlyAWarning() {
    List<Finding> findings =
        OneToOne.check(
            new PlaceholderRule(),
            Lang.RU,
            new String[][] {
              {"Dear {name}, welcome.", "Уважаемый {имя}, добро пожаловать."},
              {"Read it at https://www.gov.il/en/pages/x.", "Читайте на https://www.gov.il/ru/pages/x."}
            });

    assertThat(findings).extracting(Finding::severity, Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Severity.ERROR, "{name} of en-1 is not in the translation as written"),
            org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "{имя} in ru-1 is not in the English"),
            org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "https://www.gov.il/en/pages/x of en-2 is not in the translation as written"),
            org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "https://www.gov.il/ru/pages/x in ru-2 is not in the English"));
  }
}
