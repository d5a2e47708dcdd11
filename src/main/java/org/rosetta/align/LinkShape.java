package org.rosetta.align;

import java.util.List;

/**
 * How many source and target sentences one link joins, with the prior probability of that shape
 * in real translations. Names follow the alignment literature (Gale &amp; Church; Okapi).
 */
public enum LinkShape {
  SUBSTITUTION(1, 1, 0.89),
  DELETION(1, 0, 0.05),
  INSERTION(0, 1, 0.03),
  CONTRACTION(2, 1, 0.04),
  EXPANSION(1, 2, 0.04),
  MELDING(2, 2, 0.005),
  CONTRACTION_3(3, 1, 0.0025),
  EXPANSION_3(1, 3, 0.0025),
  /** A dropped passage of two or three sentences is one omission, not two or three. */
  DELETION_2(2, 0, 0.005),
  DELETION_3(3, 0, 0.003),
  INSERTION_2(0, 2, 0.005),
  INSERTION_3(0, 3, 0.003);

  /** The most sentences on one side of a link. */
  public static final int MAX_SIDE = 3;

  /** The shapes the aligner tries, in order. */
  public static final List<LinkShape> ALL = List.of(values());

  private final int source;
  private final int target;
  private final double cost;

  LinkShape(int source, int target, double prior) {
    this.source = source;
    this.target = target;
    this.cost = -Math.log(prior);
  }

  public int source() {
    return source;
  }

  public int target() {
    return target;
  }

  /** Negative log prior. */
  public double cost() {
    return cost;
  }

  private static final double[][] COSTS = new double[4][4];

  static {
    for (double[] row : COSTS) {
      java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
    }
    for (LinkShape s : values()) {
      COSTS[s.source][s.target] = s.cost;
    }
  }

  /** Negative log prior of an {@code a}-{@code b} link; infinite for shapes not listed here. */
  public static double costOf(int source, int target) {
    return source < 4 && target < 4 ? COSTS[source][target] : Double.POSITIVE_INFINITY;
  }

  @Override
  public String toString() {
    return source + "-" + target;
  }
}
