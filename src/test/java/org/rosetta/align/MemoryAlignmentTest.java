package org.rosetta.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rosetta.Engine;
import org.rosetta.Evidence;
import org.rosetta.batch.BatchLearning;
import org.rosetta.eval.AlignmentEvaluator;
import org.rosetta.eval.Scores;
import org.rosetta.lexicon.Lexicons;
import org.rosetta.memory.MemoryUnit;
import org.rosetta.report.DocumentReport;
import org.rosetta.segment.SentenceSegmenter;
import org.rosetta.text.Lang;

/**
 * A translation memory as evidence: Ruth and Genesis aligned with a memory of the other books
 * (never their own verses), with verses dropped where only words can tell which one is gone.
 */
class MemoryAlignmentTest {
  private final Engine engine = Engine.withoutDetection(new SentenceSegmenter(), Engine.AlignerKind.ANCHORED);
  private final AlignmentEvaluator evaluator = new AlignmentEvaluator();

  private static Lexicons withoutRuth;
  private static Lexicons withoutGenesis;

  @BeforeAll
  static void learnFromOtherBooks() {
    withoutRuth = memoryOf("Gen.", "Jonah.", "Matt.");
    withoutGenesis = memoryOf("Jonah.", "Matt.", "Acts.", "Rom.", "Phil.", "Jas.");
  }

  private static Lexicons memoryOf(String... books) {
    List<MemoryUnit> units = new ArrayList<>();
    for (String book : books) {
      for (String[] verse : BibleDocuments.verses(book)) {
        Map<Lang, String> texts = new EnumMap<>(Lang.class);
        texts.put(Lang.EN, verse[1]);
        texts.put(Lang.RU, verse[2]);
        texts.put(Lang.HE, verse[3]);
        units.add(new MemoryUnit(texts));
      }
    }
    return Lexicons.learn(units);
  }

  @Test
  void withAMemoryEveryDroppedVerseIsFoundAndConfidentLinksAreRight() {
    BibleDocuments.Built ruth =
        BibleDocuments.build(
            "Ruth", BibleDocuments.verses("Ruth."), 6, Map.of(Lang.RU, Set.of(3, 14, 15, 40, 77), Lang.HE, Set.of(7, 22, 30, 31, 60, 61)));

    DocumentReport report = engine.check(ruth.input(), Evidence.of(withoutRuth));

    for (Lang lang : Lang.targets()) {
      Scores s = evaluator.score(report, ruth.gold(), lang);
      assertThat(s.f1()).as("F1 en-%s", lang).isGreaterThan(0.99);
      assertThat(s.omissionRecall()).as("omissions found en-%s", lang).isEqualTo(1.0);
      assertThat(s.omissionPrecision()).as("omissions right en-%s", lang).isGreaterThanOrEqualTo(0.85);
      assertThat(s.bandAccuracy(Scores.BANDS.length - 1)).as("links scored 0.9 or more en-%s", lang).isEqualTo(1.0);
    }
  }

  /**
   * A dropped verse that shares its neighbour's words: Genesis 17:11 ("circumcise", "covenant",
   * "between me and you" are all in verse 10) and 11:18 ("Peleg lived ... years, and begat", like
   * verse 17). Judged against word frequencies alone, each looked rendered by its neighbour's
   * translation and was folded into its link.
   */
  @ParameterizedTest
  @CsvSource({"Gen.17., 10", "Gen.11., 17"})
  void aDroppedVerseIsNotFoldedIntoANeighbourThatSharesItsWords(String chapter, int dropped) {
    BibleDocuments.Built built = BibleDocuments.build(chapter, BibleDocuments.verses(chapter), 6, Map.of(Lang.RU, Set.of(dropped)));

    DocumentReport report = engine.check(built.input(), Evidence.of(withoutGenesis));

    assertThat(evaluator.omissionErrors(report, built.gold(), Lang.RU)).isEmpty();
  }

  /**
   * With a memory the batch still learns from itself, but once: the memory's words already place
   * what a second round would have learned from, and a round is a quarter of a book's time.
   */
  @Test
  void withAMemoryABatchLearnsFromItselfOnce() {
    List<BibleDocuments.Built> chapters = genesisChapters(12);
    List<DocumentReport> withMemory = chapters.stream().map(c -> engine.check(c.input(), Evidence.of(withoutGenesis))).toList();
    Lexicons taught = BatchLearning.learn(withMemory);
    List<DocumentReport> oneRound = chapters.stream().map(c -> engine.check(c.input(), Evidence.of(withoutGenesis.with(taught)))).toList();

    List<DocumentReport> learned = engine.checkAll(chapters.stream().map(BibleDocuments.Built::input).toList(), Evidence.of(withoutGenesis));

    assertThat(taught.isEmpty()).isFalse();
    assertThat(learned.stream().map(DocumentReport::alignments).toList()).isEqualTo(oneRound.stream().map(DocumentReport::alignments).toList());
    assertThat(learned.stream().map(DocumentReport::alignments).toList()).isNotEqualTo(withMemory.stream().map(DocumentReport::alignments).toList());
  }

  /** Chapters without paragraphs, so that nothing but lengths, names and words tells where a verse went. */
  @Test
  void aBatchTeachesItselfWithoutAMemory() {
    List<BibleDocuments.Built> chapters = genesisChapters(25);

    List<DocumentReport> once = chapters.stream().map(c -> engine.check(c.input(), Evidence.NONE)).toList();
    List<DocumentReport> learned = engine.checkAll(chapters.stream().map(BibleDocuments.Built::input).toList(), Evidence.NONE);

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

  /** Genesis' first chapters, one paragraph each, with verses dropped in both translations. */
  private static List<BibleDocuments.Built> genesisChapters(int count) {
    List<BibleDocuments.Built> chapters = new ArrayList<>();
    for (int chapter = 1; chapter <= count; chapter++) {
      chapters.add(
          BibleDocuments.build("Gen-" + chapter, BibleDocuments.verses("Gen." + chapter + "."), 1000, Map.of(Lang.HE, Set.of(4, 11), Lang.RU, Set.of(7))));
    }
    return chapters;
  }
}
