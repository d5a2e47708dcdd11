package org.rosetta.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rosetta.Engine;
import org.rosetta.eval.AlignmentEvaluator;
import org.rosetta.eval.Scores;
import org.rosetta.lexicon.BatchLearning;
import org.rosetta.lexicon.Lexicons;
import org.rosetta.memory.MemoryUnit;
import org.rosetta.report.DocumentReport;
import org.rosetta.segment.SentenceSegmenter;
import org.rosetta.text.Lang;

/**
 * A translation memory as evidence: Ruth aligned with a memory of Genesis, Jonah and Matthew
 * (never Ruth's own verses), with verses dropped where only words can tell which one is gone.
 */
class MemoryAlignmentTest {
  private static Lexicons memory;
  private final Engine engine = new Engine(new SentenceSegmenter(), null, Engine.AlignerKind.ANCHORED);
  private final AlignmentEvaluator evaluator = new AlignmentEvaluator();

  @BeforeAll
  static void learnFromOtherBooks() {
    List<MemoryUnit> units = new ArrayList<>();
    for (String book : List.of("Gen.", "Jonah.", "Matt.")) {
      for (String[] verse : BibleDocuments.verses(book)) {
        Map<Lang, String> texts = new EnumMap<>(Lang.class);
        texts.put(Lang.EN, verse[1]);
        texts.put(Lang.RU, verse[2]);
        texts.put(Lang.HE, verse[3]);
        units.add(new MemoryUnit(texts));
      }
    }
    memory = Lexicons.learn(units);
  }

  @Test
  void withAMemoryEveryDroppedVerseIsFoundAndConfidentLinksAreRight() {
    BibleDocuments.Built ruth =
        BibleDocuments.build(
            "Ruth", BibleDocuments.verses("Ruth."), 6, Map.of(Lang.RU, Set.of(3, 14, 15, 40, 77), Lang.HE, Set.of(7, 22, 30, 31, 60, 61)));

    DocumentReport report = engine.check(ruth.input(), null, memory);

    for (Lang lang : Lang.targets()) {
      Scores s = evaluator.score(report, ruth.gold(), lang);
      assertThat(s.f1()).as("F1 en-%s", lang).isGreaterThan(0.99);
      assertThat(s.omissionRecall()).as("omissions found en-%s", lang).isEqualTo(1.0);
      assertThat(s.omissionPrecision()).as("omissions right en-%s", lang).isGreaterThanOrEqualTo(0.85);
      assertThat(s.bandAccuracy(Scores.BANDS.length - 1)).as("links scored 0.9 or more en-%s", lang).isEqualTo(1.0);
    }
  }

  /** Chapters without paragraphs, so that nothing but lengths, names and words tells where a verse went. */
  @Test
  void aBatchTeachesItselfWithoutAMemory() {
    List<BibleDocuments.Built> chapters = new ArrayList<>();
    for (int chapter = 1; chapter <= 25; chapter++) {
      chapters.add(
          BibleDocuments.build("Gen-" + chapter, BibleDocuments.verses("Gen." + chapter + "."), 1000, Map.of(Lang.HE, Set.of(4, 11), Lang.RU, Set.of(7))));
    }

    List<DocumentReport> once = chapters.stream().map(c -> engine.check(c.input(), null, Lexicons.NONE)).toList();
    List<DocumentReport> learned = engine.checkAll(chapters.stream().map(BibleDocuments.Built::input).toList(), null, Lexicons.NONE);

    Scores before = new Scores();
    Scores after = new Scores();
    for (int k = 0; k < chapters.size(); k++) {
      before.add(evaluator.score(once.get(k), chapters.get(k).gold(), Lang.HE));
      after.add(evaluator.score(learned.get(k), chapters.get(k).gold(), Lang.HE));
    }
    assertThat(BatchLearning.canLearnFrom(once)).isTrue();
    assertThat(after.f1()).isGreaterThan(before.f1());
    assertThat(after.omissionRecall()).isGreaterThanOrEqualTo(before.omissionRecall()).isGreaterThan(0.85);
  }
}
