package org.rosetta.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordTokenizerTest {
  @Test
  void partsApartReadsWhatAnApostropheJoinsApart() {
    assertThat(WordTokenizer.partsApart("l'invitation qu'il a reçue, it's")).containsExactly("l", "invitation", "qu", "il", "a", "reçue", "it", "s");
  }

  @Test
  void partsApartDropsStressMarksButKeepsAccentedLetters() {
    assertThat(WordTokenizer.partsApart("Что́ сказа́л Пу́тин")).containsExactly("Что", "сказал", "Путин");
    // A French "été" with its accents written apart stays "été"; a Hebrew word keeps its points.
    assertThat(WordTokenizer.partsApart("e\u0301te\u0301")).containsExactly("été");
    assertThat(WordTokenizer.partsApart("שָׁלוֹם")).containsExactly("שָׁלוֹם");
  }
}
