package org.rosetta.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rosetta.lang.ru.GrammaticalCase;
import org.rosetta.lang.ru.Inflection;

class RussianTest {
  private final Russian russian = Russian.get();

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "Павла, павел",
    "Христе, христос",
    "Моисея, моисей",
    "Филистимляне, филистимлянин",
    "договорами, договор",
    "Иудеев, иудей",
    "ещё, еще",
  })
  void theDictionaryGivesTheDictionaryForm(String word, String lemma) {
    assertThat(russian.lemmas(word)).contains(lemma);
  }

  @ParameterizedTest(name = "{0} has {1}")
  @CsvSource({
    "Аврахам, аврахама",
    "Аврахам, аврахамом",
    "Ниневия, ниневии",
    "Ниневия, ниневией",
    "Галилея, галилее",
    "Галиль, галилем",
    "двусторонние, двусторонних",
    "Нинвец, нинвецем",
  })
  void wordsTheDictionaryLacksAreDeclinedByTheTables(String word, String form) {
    assertThat(russian.guessedForms(word)).contains(form);
  }

  @Test
  void theTablesDoNotMakeOneNameAFormOfAnother() {
    assertThat(russian.guessedForms("Галиль")).doesNotContain("галилеи", "галилее", "галилею");
  }

  @Test
  void wordsTheDictionaryHasAsDictionaryFormsAreNotGuessed() {
    assertThat(russian.guessedForms("ангел")).isEmpty();
  }

  @ParameterizedTest(name = "{0} derives {1}")
  @CsvSource({
    "Израиль, израильские",
    "Израиль, Израильтяне",
    "Египет, египетский",
    "Египет, египтян",
    "Галилея, Галилейские",
    "Иудей, Иудеянин",
    "Павел, Павловых",
    "Иаков, Иаковлевых",
    "Христос, Христов",
    "Филистимлянин, Филистимскую",
    "Ниневия, ниневитяне",
    "Россия, российской",
  })
  void derivedWordsShareTheirNamesBase(String name, String derived) {
    assertThat(russian.derivedFrom(derived)).containsAnyElementsOf(russian.derivationBases(name));
  }

  @ParameterizedTest(name = "{0} does not derive {1}")
  @CsvSource({"Израиль, изредка", "Египет, египтолог", "Павел, павильон", "Россия, роспись"})
  void unrelatedWordsAreNotDerived(String name, String word) {
    assertThat(russian.derivedFrom(word)).doesNotContainAnyElementsOf(russian.derivationBases(name));
  }

  @ParameterizedTest(name = "{0}, {1} {2} → {3}")
  @CsvSource({
    "президент, false, INSTRUMENTAL, президентом",
    "соглашение, true, INSTRUMENTAL, соглашениями",
    "Авраам, false, GENITIVE, Авраама",
    "Аврахам, false, DATIVE, Аврахаму",
    "Ниневия, false, PREPOSITIONAL, Ниневии",
    "двусторонние, true, GENITIVE, двусторонних",
    "глава, false, INSTRUMENTAL, главой",
  })
  void inflectsGlossaryWords(String word, boolean plural, GrammaticalCase grammaticalCase, String expected) {
    Inflection inflection = new Inflection(plural, grammaticalCase);
    assertThat(russian.termReading(word).flatMap(r -> russian.inflect(word, r, inflection, null))).contains(expected);
  }
}
