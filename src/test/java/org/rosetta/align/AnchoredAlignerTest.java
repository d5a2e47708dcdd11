package org.rosetta.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rosetta.Engine;
import org.rosetta.Evidence;
import org.rosetta.eval.AlignmentEvaluator;
import org.rosetta.eval.Scores;
import org.rosetta.report.DocumentReport;
import org.rosetta.segment.SentenceSegmenter;
import org.rosetta.terminology.TermMatcher;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;
import org.rosetta.text.SourceText;

class AnchoredAlignerTest {
  private final Engine anchored = Engine.withoutDetection(new SentenceSegmenter(), Engine.AlignerKind.ANCHORED);
  private final Engine baseline = Engine.withoutDetection(new SentenceSegmenter(), Engine.AlignerKind.LENGTH);
  private final AlignmentEvaluator evaluator = new AlignmentEvaluator();

  @Test
  void genesisOneWithDroppedVersesIsAlignedAndTheDropsAreFound() {
    BibleDocuments.Built doc =
        BibleDocuments.build("Gen-1", BibleDocuments.verses("Gen.1."), 5, Map.of(Lang.RU, Set.of(9), Lang.HE, Set.of(19, 20)));

    DocumentReport report = anchored.check(doc.input(), Evidence.NONE);

    for (Lang lang : Lang.targets()) {
      Scores s = evaluator.score(report, doc.gold(), lang);
      assertThat(s.f1()).as("F1 en-%s", lang).isGreaterThan(0.95);
      assertThat(s.omissionRecall()).as("omissions en-%s", lang).isEqualTo(1.0);
    }
    assertThat(report.findings()).filteredOn(f -> f.rule().id().equals("alignment.disagreement")).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void theAnchoredAlignerBeatsTheLengthBaselineOnHebrew() {
    BibleDocuments.Built doc = BibleDocuments.build("Ruth", BibleDocuments.verses("Ruth."), 4, Map.of(Lang.HE, Set.of(7, 30, 31, 60)));

    double ours = evaluator.score(anchored.check(doc.input(), Evidence.NONE), doc.gold(), Lang.HE).f1();
    double theirs = evaluator.score(baseline.check(doc.input(), Evidence.NONE), doc.gold(), Lang.HE).f1();

    assertThat(ours).isGreaterThan(theirs + 0.03);
  }

  @Test
  void everySentenceIsInExactlyOneLinkOnALongText() {
    List<String[]> verses = BibleDocuments.verses("");
    BibleDocuments.Built doc = BibleDocuments.build("dev", verses, 7, Map.of(Lang.RU, Set.of(100, 101, 2000), Lang.HE, Set.of(5, 3000)));
    SentenceSegmenter segmenter = new SentenceSegmenter();
    List<Segment> en = segmenter.segment(doc.input().english());
    SourceText heText = doc.input().text(Lang.HE).orElseThrow();
    List<Segment> he = segmenter.segment(heText);

    List<Link> links = new AnchoredAligner(new AnchorExtractor(TermMatcher.NONE)).align(en, he);

    assertCovers(links, en.size(), he.size());
    assertThat(en.size()).isGreaterThan(4000);
  }

  @Test
  void emptyAndOneSidedTextsAlign() {
    BandedAligner dp = new BandedAligner(LinkShape.ALL);
    assertThat(dp.align(0, 0, (i, a, j, b) -> 0)).isEmpty();
    assertCovers(dp.align(3, 0, (i, a, j, b) -> 1), 3, 0);
    assertCovers(dp.align(0, 2, (i, a, j, b) -> 1), 0, 2);
  }

  private static void assertCovers(List<Link> links, int n, int m) {
    int i = 0;
    int j = 0;
    for (Link l : links) {
      assertThat(l.sourceFrom()).isEqualTo(i);
      assertThat(l.targetFrom()).isEqualTo(j);
      i = l.sourceTo();
      j = l.targetTo();
      assertThat(l.score()).isBetween(0.0, 1.0);
    }
    assertThat(i).isEqualTo(n);
    assertThat(j).isEqualTo(m);
  }
}
