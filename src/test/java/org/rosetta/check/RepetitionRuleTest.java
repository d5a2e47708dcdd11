package org.rosetta.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rosetta.text.Lang;

/** Words said twice in a row where the English says them once. */
class RepetitionRuleTest {
  @ParameterizedTest(name = "{0} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "We are engaged in a big battle against militant Islam.|RU|Мы ведем большую битву с воинствующим исламом, с воинствующим исламом.|с воинствующим исламом",
        "I hope that Israel and Russia can see eye to eye.|HE|אני מקווה שישראל ורוסיה יוכלו לראות לראות עין בעין עין בעין.|עין בעין",
      })
  void aRepeatedRunOfWordsIsAWarning(String english, Lang lang, String translation, String repeated) {
    assertThat(OneToOne.check(new RepetitionRule(), lang, new String[][] {{english, translation}}))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.rule().id()).isEqualTo("words.repeated");
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.found()).isEqualTo(repeated);
        });
  }

  @ParameterizedTest(name = "{0} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "It is a very good and bright holiday.|HE|זהו חג טוב ומואר מאוד מאוד.",
        "No, no, no, we will not go back.|RU|Нет, нет, нет, мы не вернёмся.",
        "It happened in 2015, 2015 was a hard year.|RU|Это случилось в 2015 году, 2015 год был трудным.",
      })
  void emphasisAndWhatTheEnglishRepeatsRaiseNothing(String english, Lang lang, String translation) {
    assertThat(OneToOne.check(new RepetitionRule(), lang, new String[][] {{english, translation}})).isEmpty();
  }

  @Test
  void aRepetitionAcrossTwoSentencesIsNotAStutter() {
    String[][] pairs = {{"We met in Moscow.", "Мы встретились в Москве."}, {"In Moscow we agreed.", "В Москве мы договорились."}};

    assertThat(OneToOne.check(new RepetitionRule(), Lang.RU, pairs)).isEmpty();
  }
}
