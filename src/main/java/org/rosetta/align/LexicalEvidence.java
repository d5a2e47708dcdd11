package org.rosetta.align;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;
import org.rosetta.lexicon.KnownWords;
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
 * Words the memory never saw say nothing of themselves, but they may be what renders a known
 * word of the other side: Model 1 then gives each of them the known word's chance frequency, as it
 * knows nothing better. Without that, a Bible memory checking modern news took every known word
 * whose modern rendering it had never seen ("sport", "computer") as a word left unrendered, and
 * left true links unlinked: one statement at a time, omission precision 0.77 (en-ru) and 0.57
 * (en-he); with it 0.90 and 0.88, at recall 0.94 and 0.91 (FLORES, eval --one-by-one). Each sentence's sums over its words are computed once,
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
  /** ...or half what the document's first-pass links have ({@link Direction#memberThreshold(int[])}), ... */
  static final double TYPICAL_SHARE = 0.5;
  /** ...but never less than this. */
  static final double LOWEST_MEMBER_EVIDENCE = 0.1;
  /** ...judged only for sentences with this many known words: a short one ("How think ye?") is often folded into the next. */
  static final int MEMBER_WORDS = 6;

  /**
   * ...and, for an English sentence, evidence against the translation around its place rather
   * than against the memory's word frequencies: this many translated sentences on either side of
   * where the first pass put it. A dropped verse shares its neighbours' words (the same names,
   * "begat", "covenant", "hope"), so judged by frequencies alone it looked explained by the next
   * verse's translation and was folded into its link: 7 of 132 dropped Russian verses were, with
   * a memory. Measured with one book left out: window 2 to 8 found 126 to 128 of them, at
   * omission precision 0.977 (Russian) and 0.90 to 0.91 (Hebrew).
   */
  static final int NEIGHBOURHOOD = 4;
  /** Share of the memory's own frequency in that baseline, so a word absent around its place still has one. */
  static final double FREQUENCY_SHARE = 0.2;

  /**
   * Units a lexicon needs to be trusted fully. Model 1 from a hundred units knows few words and
   * those badly: weighed fully, it made Hebrew omissions wrong more often than right (omission
   * precision 0.41 with 100 units of memory, against 0.68 with none), and from 2,000 units on it
   * is as good as it gets with this weight.
   */
  static final int TRUSTED_UNITS = 2000;

  /** The share of a text's words known to a memory's lexicon below which it cannot tell an omission ({@link #fit}). */
  static final double LOW_COVERAGE = 0.5;

  /** An array, not a list: the aligner asks for millions of scores, and C1 allocates an iterator for each loop over a list. */
  private final OneLexicon[] lexicons;
  private final double strength;
  private final double unlinkedStrength;

  /**
   * @param lexicons the pair's lexicons: a memory's, the built-in one, and the batch's, those there are
   * @param places for each source sentence, the target sentence near which a first pass put it
   */
  LexicalEvidence(List<PairLexicon> lexicons, List<Segment> source, List<Segment> target, int[] places) {
    this.lexicons = lexicons.stream().map(l -> new OneLexicon(l, source, target, places)).toArray(OneLexicon[]::new);
    this.strength = lexicons.stream().mapToDouble(LexicalEvidence::trust).max().orElse(0);
    double unlinked = 0;
    for (int k = 0; k < lexicons.size(); k++) {
      unlinked = Math.max(unlinked, trust(lexicons.get(k)) * this.lexicons[k].fit);
    }
    this.unlinkedStrength = unlinked;
  }

  /** A memory's lexicon is trusted by its size; one a batch taught itself knows the batch's words. */
  private static double trust(PairLexicon lexicon) {
    return lexicon.selfTaught() ? 1.0 : Math.min(1.0, lexicon.units() / (double) TRUSTED_UNITS);
  }

  /** How far the evidence can be trusted, 0..1: as far as the most trusted lexicon. */
  double strength() {
    return strength;
  }

  /**
   * How far the evidence can tell a dropped sentence from a neighbour's, 0..1: the strength,
   * scaled by how much of these texts the lexicon knows ({@link #fit}).
   */
  double unlinkedStrength() {
    return unlinkedStrength;
  }

  /**
   * How well a memory's lexicon knows the texts, from the share of their words it has seen: not
   * at all at half or less, fully at all of them. A memory of another kind of text (the Bible
   * for modern news) knows about 60% of the words, and most of what it knows are function words;
   * taking an unlinked sentence as cheap as with a memory of the same kind made one statement
   * checked alone raise twice the false alarms (FLORES, eval --one-by-one, 2.5 per 100 English
   * sentences against 1.7 with this scale) and found no more omissions. A memory of the same
   * kind knows 90% or more (a Bible book with the other seven as memory).
   */
  static double fit(long knownWords, long words) {
    return words == 0 ? 1 : Math.max(0, Math.min(1, (knownWords / (double) words - LOW_COVERAGE) / (1 - LOW_COVERAGE)));
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
    return total / lexicons.length;
  }

  /** One lexicon's evidence for the sentences of one text pair. */
  private static final class OneLexicon {
    /** Target words explained by source sentences, and source words by target sentences. */
    private final Direction forward;
    private final Direction backward;
    /** {@link LexicalEvidence#fit} of these texts; 1 for a batch's own lexicon. */
    private final double fit;
    /** Whether translated members of a link are judged too (a batch's own lexicon). */
    private final boolean judgesTranslatedMembers;

    OneLexicon(PairLexicon lexicon, List<Segment> sourceSegments, List<Segment> targetSegments, int[] places) {
      KnownWords[] source = sourceSegments.stream().map(s -> lexicon.sourceWords(s.text())).toArray(KnownWords[]::new);
      KnownWords[] target = targetSegments.stream().map(s -> lexicon.targetWords(s.text())).toArray(KnownWords[]::new);
      // Only English members are judged against their surroundings: that is where a dropped
      // sentence hides. Judging translated members so too made more false additions (eval).
      // A batch's own lexicon has seen every word of the batch's linked sentences: a word it does
      // not know is one that only unlinked sentences have, which is no reason to link them.
      boolean unknownMayTranslate = !lexicon.selfTaught();
      // A translator's split ("…, however." → "Он, однако, не является единственным.") has a
      // second sentence that a memory of other texts rarely explains: judged by it, a split
      // became a 1-1 link and an "added" sentence (FLORES checked one statement at a time, 20 false
      // additions in Russian). An English member is still judged: that is where omissions hide.
      this.judgesTranslatedMembers = lexicon.selfTaught();
      this.fit = lexicon.selfTaught() ? 1 : fit(knownWords(source) + knownWords(target), words(source) + words(target));
      this.forward = new Direction(target, source, lexicon.forward(), lexicon::targetLogFrequency, null, unknownMayTranslate);
      this.backward = new Direction(source, target, lexicon.backward(), lexicon::sourceLogFrequency, places, unknownMayTranslate);
    }

    double score(int i, int a, int j, int b) {
      double both = (forward.explained(j, b, i, a) + backward.explained(i, a, j, b)) / 2;
      int unexplained = 0;
      for (int k = i; a > 1 && k < i + a; k++) {
        unexplained += backward.explains(k, j, b) ? 0 : 1;
      }
      for (int k = j; judgesTranslatedMembers && b > 1 && k < j + b; k++) {
        unexplained += forward.explains(k, i, a) ? 0 : 1;
      }
      return both - UNEXPLAINED_MEMBER * unexplained;
    }
  }

  private static long knownWords(KnownWords[] sentences) {
    return Arrays.stream(sentences).mapToLong(s -> s.ids().length).sum();
  }

  private static long words(KnownWords[] sentences) {
    return Arrays.stream(sentences).mapToLong(s -> s.ids().length + s.unknown()).sum();
  }

  /**
   * The words of one side's sentences, explained by the other side's sentences. What a link
   * needs is computed once per pair of sentences and kept: for each word of a sentence, the sum
   * of t(word | other word) over the other sentence's words. The aligner asks about the same
   * pairs in many link shapes and again when it scores the links.
   */
  private static final class Direction {
    private final int[][] words;
    /** Words of each other sentence, known to the lexicon or not, and those it does not know. */
    private final int[] otherLength;
    private final int[] otherUnknown;
    private final WordSums[] otherSums;
    /** Per word of each sentence: t(word | NULL), and log frequency. */
    private final float[][] nullProbability;
    private final float[][] logFrequency;
    private final float[][] frequency;
    private final PairSums[] pairCaches;
    private final Explained[] explainedCaches;
    /** What a member of a multi-sentence link is judged against: log frequency, or {@link #around} its place. */
    private final float[][] memberBaseline;
    /** {@link #memberThreshold(int[])}, or {@link #MEMBER_EVIDENCE_PER_WORD} for a batch's own lexicon. */
    private final double memberThreshold;

    /**
     * @param places where each sentence sits among the other side's, to judge members around it; null to judge them by frequency
     * @param unknownMayTranslate whether a word of the other side that the lexicon never saw may be any word's translation, as likely as chance
     */
    Direction(
        KnownWords[] sentences,
        KnownWords[] others,
        TranslationTable table,
        IntToDoubleFunction logFrequencyOf,
        int[] places,
        boolean unknownMayTranslate) {
      this.words = Arrays.stream(sentences).map(KnownWords::ids).toArray(int[][]::new);
      this.otherLength = new int[others.length];
      this.otherUnknown = new int[others.length];
      this.otherSums = new WordSums[others.length];
      for (int k = 0; k < others.length; k++) {
        int[] otherWords = others[k].ids();
        otherUnknown[k] = unknownMayTranslate ? others[k].unknown() : 0;
        otherLength[k] = otherWords.length + otherUnknown[k];
        WordSums sums = WordSums.withCapacity(8 * otherWords.length);
        for (int word : otherWords) {
          int[] targets = table.targets(word);
          float[] p = table.probabilities(word);
          for (int x = 0; x < targets.length; x++) {
            sums.add(targets[x], p[x]);
          }
        }
        otherSums[k] = sums;
      }
      this.pairCaches = new PairSums[words.length];
      this.explainedCaches = new Explained[words.length];
      this.nullProbability = new float[words.length][];
      this.logFrequency = new float[words.length][];
      this.frequency = new float[words.length][];
      for (int k = 0; k < words.length; k++) {
        nullProbability[k] = new float[words[k].length];
        logFrequency[k] = new float[words[k].length];
        frequency[k] = new float[words[k].length];
        for (int x = 0; x < words[k].length; x++) {
          nullProbability[k][x] = (float) table.probability(Vocabulary.NULL, words[k][x]);
          logFrequency[k][x] = (float) logFrequencyOf.applyAsDouble(words[k][x]);
          frequency[k][x] = (float) Math.exp(logFrequency[k][x]);
        }
      }
      this.memberBaseline = places == null || others.length == 0 ? logFrequency : around(places);
      this.memberThreshold = places == null || others.length == 0 || !unknownMayTranslate ? MEMBER_EVIDENCE_PER_WORD : memberThreshold(places);
    }

    /**
     * The baseline of members judged against the other side around each sentence's place: for
     * each word, the average over the {@link #NEIGHBOURHOOD} of Model 1's probability of the word
     * given one other sentence, mixed with the word's frequency.
     */
    private float[][] around(int[] places) {
      int others = otherSums.length;
      float[][] baseline = new float[words.length][];
      for (int k = 0; k < words.length; k++) {
        int from = Math.max(0, Math.min(places[k], others - 1) - NEIGHBOURHOOD);
        int to = Math.min(others, from + 2 * NEIGHBOURHOOD + 1);
        baseline[k] = new float[words[k].length];
        for (int x = 0; x < words[k].length; x++) {
          double nearby = 0;
          for (int o = from; o < to; o++) {
            nearby += (otherSums[o].get(words[k][x]) + nullProbability[k][x] + otherUnknown[o] * frequency[k][x]) / (otherLength[o] + 1.0);
          }
          nearby /= to - from;
          baseline[k][x] = (float) Math.log(FREQUENCY_SHARE * frequency[k][x] + (1 - FREQUENCY_SHARE) * nearby);
        }
      }
      return baseline;
    }

    /** Whether the other side explains a sentence well enough to belong in a link with it. */
    boolean explains(int sentence, int otherFrom, int otherCount) {
      int known = words[sentence].length;
      return known < MEMBER_WORDS
          || explainedSentence(sentence, otherFrom, otherCount).member(key(otherFrom, otherCount)) / known >= memberThreshold;
    }

    /**
     * The evidence per word a member needs, when a memory's lexicon judges it: {@link
     * #MEMBER_EVIDENCE_PER_WORD}, or less when the lexicon explains even this document's first-pass
     * links less well (half their median evidence per word). A memory of other texts explains a
     * modern statement's true translations at about 0.3 nats a word, and held to 0.5 it took a
     * translator's merge ("…, а это важно.") for a dropped sentence: the project's own sample
     * statement showed two false omissions; with this, none, and FLORES checked one statement at a
     * time 1.2 false alarms per 100 English sentences instead of 1.7, at the same omission recall.
     */
    private double memberThreshold(int[] places) {
      double[] perWord =
          IntStream.range(0, words.length)
              .filter(k -> words[k].length >= MEMBER_WORDS)
              .mapToDouble(k -> {
                int o = Math.min(places[k], otherLength.length - 1);
                return explainedSentence(k, o, 1).member(key(o, 1)) / words[k].length;
              })
              .sorted()
              .toArray();
      if (perWord.length == 0) {
        return MEMBER_EVIDENCE_PER_WORD;
      }
      // Never so low that any member passes: a first pass gone wrong would otherwise switch the judging off.
      return Math.max(LOWEST_MEMBER_EVIDENCE, Math.min(MEMBER_EVIDENCE_PER_WORD, TYPICAL_SHARE * perWord[perWord.length / 2]));
    }

    /**
     * Sum over the words of sentences {@code [from, from+count)} of the log ratio of their Model 1
     * probability given the other sentences {@code [otherFrom, otherFrom+otherCount)} to their
     * frequency.
     */
    double explained(int from, int count, int otherFrom, int otherCount) {
      double total = 0;
      for (int k = from; k < from + count; k++) {
        total += explainedSentence(k, otherFrom, otherCount).link(key(otherFrom, otherCount));
      }
      return total;
    }

    private static int key(int otherFrom, int otherCount) {
      return otherFrom * (LinkShape.MAX_SIDE + 1) + otherCount;
    }

    /**
     * {@link #explained} of one sentence against the word frequencies (the link's evidence) and
     * against the members' baseline, computed together once for each run of other sentences it
     * meets; the answer holds them under {@link #key}.
     */
    private Explained explainedSentence(int k, int otherFrom, int otherCount) {
      Explained cache = explainedCaches[k];
      if (cache == null) {
        cache = new Explained();
        explainedCaches[k] = cache;
      }
      int key = key(otherFrom, otherCount);
      if (cache.has(key)) {
        return cache;
      }
      int length = 0;
      int unknown = 0;
      for (int o = otherFrom; o < otherFrom + otherCount; o++) {
        length += otherLength[o];
        unknown += otherUnknown[o];
      }
      double norm = Math.log(length + 1.0);
      float[] nulls = nullProbability[k];
      float[] chance = frequency[k];
      float[] frequencies = logFrequency[k];
      float[] around = memberBaseline[k];
      // A run has at most three sentences (LinkShape.MAX_SIDE): held in locals, not an array per call.
      float[] first = pairSums(k, otherFrom);
      float[] second = otherCount > 1 ? pairSums(k, otherFrom + 1) : null;
      float[] third = otherCount > 2 ? pairSums(k, otherFrom + 2) : null;
      double link = 0;
      double member = 0;
      for (int x = 0; x < nulls.length; x++) {
        // Summed in the order a loop over the run would sum them, so the totals are the same to the bit.
        double p = nulls[x];
        p += first[x];
        if (second != null) {
          p += second[x];
        }
        if (third != null) {
          p += third[x];
        }
        p += unknown * chance[x];
        double logP = p <= 0 ? Double.NEGATIVE_INFINITY : Math.log(p) - norm;
        link += Math.max(WORST_WORD, logP - frequencies[x]);
        member += Math.max(WORST_WORD, logP - around[x]);
      }
      cache.put(key, link, member);
      return cache;
    }

    /** For each word of sentence k, the sum of its translation probabilities given other sentence o's words. */
    private float[] pairSums(int k, int o) {
      PairSums cache = pairCaches[k];
      if (cache == null) {
        cache = new PairSums();
        pairCaches[k] = cache;
      }
      float[] known = cache.get(o);
      if (known != null) {
        return known;
      }
      int[] w = words[k];
      float[] out = new float[w.length];
      WordSums sums = otherSums[o];
      for (int x = 0; x < w.length; x++) {
        out[x] = sums.get(w[x]);
      }
      cache.put(o, out);
      return out;
    }
  }

  /**
   * What one sentence met, by the other sentence's index (or run of sentences): the keys are the
   * few dozen near it on the path, so a window of an array, grown when a key falls outside it,
   * serves them without hashing or boxing.
   */
  private abstract static class KeyWindow {
    private int base;
    private int length;

    /** The key's place in the window, or -1 when it is outside. */
    final int find(int key) {
      int index = key - base;
      return index >= 0 && index < length ? index : -1;
    }

    /** The key's place in the window, which is grown to hold it. */
    final int place(int key) {
      if (length == 0) {
        base = Math.max(0, key - 16);
        length = 48;
        resize(length, 0);
      }
      if (key < base || key - base >= length) {
        int from = Math.min(base, Math.max(0, key - 16));
        int to = Math.max(base + length, key + 16);
        int grown = Math.max(to - from, 2 * length);
        resize(grown, base - from);
        base = from;
        length = grown;
      }
      return key - base;
    }

    /** Makes room for {@code places} keys, moving those held {@code shift} places up. */
    abstract void resize(int places, int shift);
  }

  /** Sums of one sentence's words given each other sentence ({@link Direction#pairSums}). */
  private static final class PairSums extends KeyWindow {
    private float[][] values = new float[0][];

    float[] get(int key) {
      int index = find(key);
      return index < 0 ? null : values[index];
    }

    void put(int key, float[] value) {
      // Placed first: placing may replace the array.
      int index = place(key);
      values[index] = value;
    }

    @Override
    void resize(int places, int shift) {
      float[][] grown = new float[places][];
      System.arraycopy(values, 0, grown, shift, values.length);
      values = grown;
    }
  }

  /**
   * One sentence's evidence against each run of other sentences, link and member side by side;
   * NaN marks a run not yet computed (a run whose evidence is NaN is only computed again).
   */
  private static final class Explained extends KeyWindow {
    private double[] values = new double[0];

    boolean has(int key) {
      int index = find(key);
      return index >= 0 && !Double.isNaN(values[2 * index]);
    }

    double link(int key) {
      return values[2 * find(key)];
    }

    double member(int key) {
      return values[2 * find(key) + 1];
    }

    void put(int key, double link, double member) {
      int index = place(key);
      values[2 * index] = link;
      values[2 * index + 1] = member;
    }

    @Override
    void resize(int places, int shift) {
      double[] grown = new double[2 * places];
      Arrays.fill(grown, Double.NaN);
      System.arraycopy(values, 0, grown, 2 * shift, values.length);
      values = grown;
    }
  }
}
