package org.rosetta.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rosetta.Fixtures;
import org.rosetta.text.Lang;

/** Forbidden terms put into the seed's Russian in place of its approved forms come back as those forms. */
class FixSuggesterTest {
  private final TermMatcher matcher = new TermMatcher(Fixtures.glossary());

  private List<String> suggestions(Lang lang, String sentence) {
    TermHit forbidden =
        matcher.find(lang, sentence).stream().filter(h -> !h.term().status().approved()).findFirst().orElseThrow();
    return FixSuggester.suggest(lang, forbidden);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "большую битву с милитантным исламом|воинствующим исламом|радикальным исламом",
        "большую битву с боевым исламом|воинствующим исламом|радикальным исламом",
        "развитием билатеральных отношений|двусторонних отношений|",
        "встретился с председателем России|президентом|",
        "по стратегическим делам|стратегическим вопросам|",
        "на полях конференции по погоде в Париже|конференции по климату|климатической конференции",
        "наших механизмов разрешения конфликтов|механизмов предотвращения конфликтов|механизмов деконфликтинга",
        "между Израилем и Русью|Россией|Российской Федерацией",
        "встреча с первым министром|премьер-министром|главой правительства",
        "Премьер-министр Нетаниягу сказал|Нетаньяху|",
        "с Бенджамином Нетаньяху|Биньямином|",
        "поздравил с праздником Хануках|Ханука|",
        "встретились на обочине конференции|в кулуарах|на полях",
      })
  void russianSuggestionsTakeTheFoundCase(String sentence, String first, String second) {
    List<String> expected = second == null ? List.of(first) : List.of(first, second);
    assertThat(suggestions(Lang.RU, sentence)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "המאבק בטרוריזם|בטרור",
        "הוא אמר לפרמייר|לראש הממשלה",
        "ומלחמה בטרוריזם|בטרור",
      })
  void hebrewSuggestionsKeepTheClitics(String sentence, String expected) {
    assertThat(suggestions(Lang.HE, sentence)).containsExactly(expected);
  }
}
