package org.rosetta.lexicon;

/**
 * Word translation probabilities t(f | e) of one direction, as rows per source word (NULL
 * included): target ids in ascending order with their probabilities. Rows hold only what is
 * worth looking up ({@link Model1#MIN_PROBABILITY}); anything else counts as zero.
 */
public final class TranslationTable {
  private final int[][] targets;
  private final float[][] probabilities;

  TranslationTable(int[][] targets, float[][] probabilities) {
    this.targets = targets;
    this.probabilities = probabilities;
  }

  /** Target ids of the source word's translations, ascending; empty for an unknown id. */
  public int[] targets(int source) {
    return source < targets.length ? targets[source] : new int[0];
  }

  public float[] probabilities(int source) {
    return source < probabilities.length ? probabilities[source] : new float[0];
  }

  /** t(f | e), 0 when not kept. */
  public double probability(int source, int target) {
    if (source >= targets.length) {
      return 0;
    }
    int k = java.util.Arrays.binarySearch(targets[source], target);
    return k >= 0 ? probabilities[source][k] : 0;
  }

  int rows() {
    return targets.length;
  }
}
