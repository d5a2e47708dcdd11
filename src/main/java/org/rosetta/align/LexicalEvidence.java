package org.rosetta.align;

import java.util.List;
import org.rosetta.lexicon.PairLexicon;
import org.rosetta.lexicon.TranslationTable;
import org.rosetta.lexicon.Vocabulary;
import org.rosetta.text.Segment;

/**
 * How much better a link's words are explained by each other than by chance, under the Model 1
 * tables a memory taught ({@link PairLexicon}): for every known word w of one side,
 * log(p(w | other side) / p(w)), where p(w | other side) is Model 1's average over the other
 * side's words and NULL, and p(w) the word's frequency in the memory; averaged over both
 * directions. A true link scores well above zero, a shifted one near or below it, and an
 * unlinked sentence zero: this is what places an omission where the words stop matching.
 * Words the memory never saw say nothing. Each sentence's sums over its words are computed once,
 * so a link costs a few lookups per word.
 */
final class LexicalEvidence {
  /** A word the other side cannot explain counts against the link, but no more than this. */
  static final double WORST_WORD = -2.0;

  /**
   * What a sentence of a multi-sentence link costs when the other side does not explain it:
   * Model 1 barely minds an extra sentence (its function words find partners anywhere), so
   * without this a dropped sentence joins its neighbour's link instead of being reported.
   */
  static final double UNEXPLAINED_MEMBER = 5;
  /** Explained means at least this much evidence per word, on average... */
  static final double MEMBER_EVIDENCE_PER_WORD = 0.5;
  /** ...judged only for sentences with this many known words: a short one ("How think ye?") is often folded into the next. */
  static final int MEMBER_WORDS = 6;

  private final List<OneLexicon> lexicons;

  /** @param lexicons the memory's lexicon of the pair, and the batch's if there is one */
  LexicalEvidence(List<PairLexicon> lexicons, List<Segment> source, List<Segment> target) {
    this.lexicons = lexicons.stream().map(l -> new OneLexicon(l, source, target)).toList();
  }

  /**
   * Evidence, in nats, that source {@code [i, i+a)} and target {@code [j, j+b)} are translations,
   * averaged over the lexicons; 0 for an unlinked side.
   */
  double score(int i, int a, int j, int b) {
    if (a == 0 || b == 0) {
      return 0;
    }
    double total = 0;
    for (OneLexicon lexicon : lexicons) {
      total += lexicon.score(i, a, j, b);
    }
    return total / lexicons.size();
  }

  /** One lexicon's evidence for the sentences of one text pair. */
  private static final class OneLexicon {
    /** Target words explained by source sentences, and source words by target sentences. */
    private final Direction forward;
    private final Direction backward;

    OneLexicon(PairLexicon lexicon, List<Segment> sourceSegments, List<Segment> targetSegments) {
      int[][] source = sourceSegments.stream().map(s -> lexicon.sourceIds(s.text())).toArray(int[][]::new);
      int[][] target = targetSegments.stream().map(s -> lexicon.targetIds(s.text())).toArray(int[][]::new);
      this.forward = new Direction(target, source, lexicon.forward(), lexicon::targetLogFrequency);
      this.backward = new Direction(source, target, lexicon.backward(), lexicon::sourceLogFrequency);
    }

    double score(int i, int a, int j, int b) {
      double both = (forward.explained(j, b, i, a) + backward.explained(i, a, j, b)) / 2;
      int unexplained = 0;
      for (int k = i; a > 1 && k < i + a; k++) {
        unexplained += backward.explains(k, j, b) ? 0 : 1;
      }
      for (int k = j; b > 1 && k < j + b; k++) {
        unexplained += forward.explains(k, i, a) ? 0 : 1;
      }
      return both - UNEXPLAINED_MEMBER * unexplained;
    }
  }

  /**
   * The words of one side's sentences, explained by the other side's: the other sentences' sums
   * of t(word | other word) over their words, computed once per sentence.
   */
  private static final class Direction {
    private final int[][] words;
    private final int[][] otherWords;
    private final WordSums[] otherSums;
    private final TranslationTable table;
    private final java.util.function.IntToDoubleFunction logFrequency;

    Direction(int[][] words, int[][] otherWords, TranslationTable table, java.util.function.IntToDoubleFunction logFrequency) {
      this.words = words;
      this.otherWords = otherWords;
      this.table = table;
      this.logFrequency = logFrequency;
      this.otherSums = new WordSums[otherWords.length];
      for (int k = 0; k < otherWords.length; k++) {
        WordSums sums = WordSums.withCapacity(8 * otherWords[k].length);
        for (int word : otherWords[k]) {
          int[] targets = table.targets(word);
          float[] p = table.probabilities(word);
          for (int x = 0; x < targets.length; x++) {
            sums.add(targets[x], p[x]);
          }
        }
        otherSums[k] = sums;
      }
    }

    /** Whether the other side explains a sentence well enough to belong in a link with it. */
    boolean explains(int sentence, int otherFrom, int otherCount) {
      int known = words[sentence].length;
      return known < MEMBER_WORDS || explained(sentence, 1, otherFrom, otherCount) / known >= MEMBER_EVIDENCE_PER_WORD;
    }

    /**
     * Sum over the words of sentences {@code [from, from+count)} of the log ratio of their Model 1
     * probability given the other sentences {@code [otherFrom, otherFrom+otherCount)} to their
     * frequency.
     */
    double explained(int from, int count, int otherFrom, int otherCount) {
      int otherLength = 0;
      for (int k = otherFrom; k < otherFrom + otherCount; k++) {
        otherLength += otherWords[k].length;
      }
      double norm = Math.log(otherLength + 1.0);
      double total = 0;
      for (int k = from; k < from + count; k++) {
        for (int w : words[k]) {
          double p = table.probability(Vocabulary.NULL, w);
          for (int o = otherFrom; o < otherFrom + otherCount; o++) {
            p += otherSums[o].get(w);
          }
          double ratio = p <= 0 ? WORST_WORD : Math.log(p) - norm - logFrequency.applyAsDouble(w);
          total += Math.max(WORST_WORD, ratio);
        }
      }
      return total;
    }
  }
}
