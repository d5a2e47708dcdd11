package org.rosetta.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * IBM Model 1 (Brown et al. 1993), trained by expectation maximisation: every target word of a
 * unit is explained by some source word of the unit or by NULL, and t(f | e) is re-estimated
 * from the expected counts. Five iterations from uniform, as is usual: after them the table no
 * longer changes which pairs it prefers. Word pairs are numbered once (an open-addressing map
 * over the pair as a long), so an iteration is one pass over flat int arrays. The expected counts
 * are summed chunk by chunk ({@link Model1Chunk}) in a fixed order, so that a cluster summing
 * the chunks on its partitions ({@link ExpectationStep}) learns the same table to the last bit.
 */
final class Model1 {
  static final int ITERATIONS = 5;
  /** Pairs below this probability are dropped from the table: too weak to tell sentences apart. */
  static final float MIN_PROBABILITY = 0.01f;
  /** A word's strongest translations kept, at most. */
  static final int MAX_TRANSLATIONS = 40;
  /** Longer units are cut: their word pairs cost quadratically and teach little Model 1 can place. */
  static final int MAX_WORDS = 120;

  private Model1() {}

  /**
   * Trains on this machine.
   *
   * @param source each unit's source word ids (never NULL)
   * @param target each unit's target word ids, same order
   * @param sourceSize ids in the source vocabulary, NULL included
   */
  static TranslationTable train(List<int[]> source, List<int[]> target, int sourceSize) {
    return train(source, target, sourceSize, ExpectationStep.HERE);
  }

  /** Trains with the expected counts summed where {@code step} sums them: here, or on a cluster. */
  static TranslationTable train(List<int[]> source, List<int[]> target, int sourceSize, ExpectationStep step) {
    PairNumbers numbers = new PairNumbers();
    List<Model1Chunk> chunks = new ArrayList<>();
    for (int from = 0; from < source.size(); from += Model1Chunk.UNITS) {
      int to = Math.min(source.size(), from + Model1Chunk.UNITS);
      List<int[]> cells = new ArrayList<>(to - from);
      int[] widths = new int[to - from];
      for (int k = from; k < to; k++) {
        int[] e = withNull(cut(source.get(k)));
        int[] f = cut(target.get(k));
        int[] unit = new int[e.length * f.length];
        for (int j = 0; j < f.length; j++) {
          for (int i = 0; i < e.length; i++) {
            unit[j * e.length + i] = numbers.number(e[i], f[j]);
          }
        }
        cells.add(unit);
        widths[k - from] = e.length;
      }
      chunks.add(Model1Chunk.of(chunks.size(), cells, widths));
    }
    int pairs = numbers.size();
    int[] pairSource = numbers.sources();
    double[] t = new double[pairs];
    Arrays.fill(t, 1.0);
    double[] totals = new double[sourceSize];
    try (ExpectationStep.Training training = step.start(chunks, pairs)) {
      for (int iteration = 0; iteration < ITERATIONS; iteration++) {
        double[] counts = training.expectedCounts(t);
        Arrays.fill(totals, 0);
        for (int p = 0; p < pairs; p++) {
          totals[pairSource[p]] += counts[p];
        }
        for (int p = 0; p < pairs; p++) {
          t[p] = totals[pairSource[p]] == 0 ? 0 : counts[p] / totals[pairSource[p]];
        }
      }
    }
    return table(numbers, t, sourceSize);
  }

  private static int[] cut(int[] words) {
    return words.length > MAX_WORDS ? Arrays.copyOf(words, MAX_WORDS) : words;
  }

  private static int[] withNull(int[] words) {
    int[] out = new int[words.length + 1];
    out[0] = Vocabulary.NULL;
    System.arraycopy(words, 0, out, 1, words.length);
    return out;
  }

  /** Rows of the pairs worth keeping: the strongest first chosen, then stored by target id. */
  private static TranslationTable table(PairNumbers numbers, double[] t, int sourceSize) {
    List<List<Integer>> rows = new ArrayList<>(sourceSize);
    for (int e = 0; e < sourceSize; e++) {
      rows.add(new ArrayList<>());
    }
    int[] sources = numbers.sources();
    for (int p = 0; p < t.length; p++) {
      if (t[p] >= MIN_PROBABILITY) {
        rows.get(sources[p]).add(p);
      }
    }
    int[] pairTargets = numbers.targets();
    int[][] targets = new int[sourceSize][];
    float[][] probabilities = new float[sourceSize][];
    for (int e = 0; e < sourceSize; e++) {
      List<Integer> row = rows.get(e);
      row.sort((x, y) -> Double.compare(t[y], t[x]));
      List<Integer> kept = new ArrayList<>(row.subList(0, Math.min(MAX_TRANSLATIONS, row.size())));
      kept.sort((x, y) -> Integer.compare(pairTargets[x], pairTargets[y]));
      targets[e] = kept.stream().mapToInt(p -> pairTargets[p]).toArray();
      probabilities[e] = new float[kept.size()];
      for (int k = 0; k < kept.size(); k++) {
        probabilities[e][k] = (float) t[kept.get(k)];
      }
    }
    return new TranslationTable(targets, probabilities);
  }

  /** Numbers (source, target) word pairs densely, in order of first sight. */
  private static final class PairNumbers {
    private long[] keys = new long[1 << 16];
    private int[] values = new int[1 << 16];
    private int size;
    private int[] sources = new int[1 << 12];
    private int[] targets = new int[1 << 12];

    PairNumbers() {
      Arrays.fill(keys, -1L);
    }

    int number(int source, int target) {
      long key = (long) source << 32 | (target & 0xffffffffL);
      int mask = keys.length - 1;
      int slot = mix(key) & mask;
      while (keys[slot] != -1L) {
        if (keys[slot] == key) {
          return values[slot];
        }
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      values[slot] = size;
      if (size == sources.length) {
        sources = Arrays.copyOf(sources, 2 * size);
        targets = Arrays.copyOf(targets, 2 * size);
      }
      sources[size] = source;
      targets[size] = target;
      size++;
      if (2 * size > keys.length) {
        grow();
      }
      return size - 1;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldValues = values;
      keys = new long[2 * oldKeys.length];
      values = new int[2 * oldKeys.length];
      Arrays.fill(keys, -1L);
      int mask = keys.length - 1;
      for (int s = 0; s < oldKeys.length; s++) {
        if (oldKeys[s] != -1L) {
          int slot = mix(oldKeys[s]) & mask;
          while (keys[slot] != -1L) {
            slot = (slot + 1) & mask;
          }
          keys[slot] = oldKeys[s];
          values[slot] = oldValues[s];
        }
      }
    }

    private static int mix(long key) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h ^ (h >>> 32));
    }

    int size() {
      return size;
    }

    int[] sources() {
      return sources;
    }

    int[] targets() {
      return targets;
    }
  }
}
