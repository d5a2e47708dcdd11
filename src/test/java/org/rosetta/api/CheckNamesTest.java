package org.rosetta.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckNamesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "statement.en.txt|Anything.|statement",
        "Press release 12.EN.docx|Anything.|Press release 12",
        "C:\\Users\\anna\\briefing.html|Anything.|briefing",
        "notes|Anything.|notes",
        ".en.txt|The minister arrived.|The minister arrived.",
        "NULL|The minister arrived.|The minister arrived.",
        "NULL|The minister arrived in Moscow on Monday. He met the president.|The minister arrived in Moscow on Monday. He…",
        "NULL|Премьер-министр Нетаньяху: «Уважаемый господин Президент, я рад встрече».|Премьер-министр Нетаньяху: «Уважаемый господин Президент, я…",
        "NULL|'   '|Untitled check",
        "NULL|'... !!! ...'|Untitled check",
      })
  void aCheckWithoutANameIsNamedAfterItsFileOrItsFirstWords(String file, String english, String name) {
    assertThat(CheckNames.of(file, english)).isEqualTo(name);
  }

  @ParameterizedTest
  @CsvSource({"Internationalization", "Supercalifragilisticexpialidocious-and-more-words-written-as-one-very-long-word-indeed"})
  void aNameNeverRunsPastSixtyCharacters(String word) {
    assertThat(CheckNames.firstWords(word + " and more").length()).isLessThanOrEqualTo(CheckNames.LONGEST + 1);
    assertThat(CheckNames.firstWords(word.repeat(5))).as("one long word, cut").endsWith("…").hasSizeLessThanOrEqualTo(CheckNames.LONGEST + 1);
  }

  @org.junit.jupiter.api.Test
  void aLongFileNameIsCutToWhatACheckNameMayBe() {
    assertThat(CheckNames.of("n".repeat(300) + ".en.txt", "Anything.")).hasSize(CheckNames.MOST + 1).endsWith("…");
  }
}
