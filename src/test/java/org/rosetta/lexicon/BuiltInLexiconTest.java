package org.rosetta.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rosetta.lexicon.LexiconsTest.best;
import static org.rosetta.lexicon.LexiconsTest.only;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rosetta.Engine;
import org.rosetta.Evidence;
import org.rosetta.Fixtures;
import org.rosetta.check.RuleId;
import org.rosetta.memory.MemoryReader;
import org.rosetta.report.DocumentReport;
import org.rosetta.segment.SentenceSegmenter;
import org.rosetta.text.Lang;
import org.rosetta.text.SegmentId;

/** The lexicon that ships: what it knows, and what it gives a statement checked alone, without a memory. */
class BuiltInLexiconTest {
  private final Engine engine = Engine.withoutDetection(new SentenceSegmenter(), Engine.AlignerKind.ANCHORED);

  @Test
  void itKnowsTheWordsOfItsThreeLanguages() {
    PairLexicon ru = BuiltInLexicon.get().pair(Lang.EN, Lang.RU).get(0);
    PairLexicon he = BuiltInLexicon.get().pair(Lang.EN, Lang.HE).get(0);

    assertThat(best(ru, "God")).isEqualTo(only(ru.targetWords("Богу").ids()));
    assertThat(best(ru, "king")).isEqualTo(only(ru.targetWords("царь").ids()));
    assertThat(best(he, "king")).isEqualTo(only(he.targetWords("המלך").ids()));
    assertThat(BuiltInLexicon.get().pair(Lang.RU, Lang.HE)).hasSize(1);
    assertThat(ru.units()).isEqualTo(4301);
  }

  @Test
  void aMemoryIsWeighedBesideIt() {
    Lexicons memory = Lexicons.learn(MemoryReader.read("small.tsv", "en\tru\nThe minister spoke.\tМинистр выступил.\n"));

    assertThat(memory.withBuiltIn().pair(Lang.EN, Lang.RU)).hasSize(2);
    assertThat(memory.withBuiltIn().with(memory).pair(Lang.EN, Lang.RU)).as("a batch's lexicon joins the chain's end").hasSize(3);
    assertThat(Lexicons.NONE.withBuiltIn().pair(Lang.EN, Lang.HE)).hasSize(1);
  }

  /**
   * One Russian sentence of the seed statement dropped, the statement checked alone: the
   * omission is reported on the English sentence it rendered. Without the lexicon these three
   * were reported at "But let me start with congratulations…" (en-19), the next sentence whose
   * names and length still matched.
   */
  @ParameterizedTest
  @CsvSource({
    "Я помню нашу обстоятельную беседу во время вашего визита ко мне в Москву., en-17",
    "В мире происходит очень много драматических событий., en-18",
    "'«Уважаемый господин премьер-министр, мне приятно встретиться с вами в кулуарах сегодняшнего мероприятия.', en-16"
  })
  void aSentenceDroppedFromOneStatementIsFoundWhereItWas(String dropped, String english) {
    String russian = Fixtures.text(Lang.RU);
    assertThat(russian).contains(dropped);

    DocumentReport report =
        engine.check(Fixtures.seed(Map.of(Lang.RU, russian.replace(dropped, ""))), Evidence.of(Lexicons.NONE.withBuiltIn()));

    List<List<String>> omissions =
        report.findings().stream().filter(f -> f.rule().id().equals(RuleId.ALIGNMENT_OMISSION.id()) && f.language().code().equals("ru")).map(f -> f.segments().stream().map(SegmentId::toString).toList()).toList();
    assertThat(omissions).containsExactly(List.of(english));
  }
}
