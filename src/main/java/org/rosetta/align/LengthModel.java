package org.rosetta.align;

import java.util.List;
import org.rosetta.text.Segment;

/**
 * Gale &amp; Church's length model with a ratio and variance learned from the document itself:
 * unpointed Hebrew has about half the letters of the English it renders, so a fixed 1:1 ratio
 * (the classic model, {@link #CLASSIC}) misreads every Hebrew sentence as a partial translation.
 *
 * @param ratio expected target letters per source letter
 * @param variance variance of target length per unit of length (6.8 in Gale &amp; Church)
 */
public record LengthModel(double ratio, double variance) {
  public static final LengthModel CLASSIC = new LengthModel(1.0, 6.8);
  private static final double MIN_P = 1e-12;
  /** How many letters' worth of evidence the prior variance counts for when refitting. */
  private static final double PRIOR_WEIGHT = 1000;

  /** The ratio of the two texts' total lengths, with the classic variance scaled to it. */
  public static LengthModel ofTotals(List<Segment> source, List<Segment> target) {
    long s = source.stream().mapToLong(Segment::letterCount).sum();
    long t = target.stream().mapToLong(Segment::letterCount).sum();
    if (s == 0 || t == 0) {
      return CLASSIC;
    }
    double ratio = t / (double) s;
    return new LengthModel(ratio, CLASSIC.variance * Math.max(ratio, 0.5));
  }

  /** Re-estimates ratio and variance from confident one-to-one pairs of lengths. */
  public static LengthModel fit(List<int[]> pairs, LengthModel fallback) {
    if (pairs.size() < 8) {
      return fallback;
    }
    double s = 0;
    double t = 0;
    for (int[] p : pairs) {
      s += p[0];
      t += p[1];
    }
    if (s == 0 || t == 0) {
      return fallback;
    }
    double ratio = t / s;
    double num = 0;
    double den = 0;
    for (int[] p : pairs) {
      double d = p[1] - ratio * p[0];
      num += d * d;
      den += (ratio * p[0] + p[1]) / 2.0;
    }
    // Shrunk towards the prior: a short statement has too few pairs to pin the variance down.
    double variance = (num + fallback.variance * PRIOR_WEIGHT) / (den + PRIOR_WEIGHT);
    return new LengthModel(ratio, Math.max(1.0, Math.min(60.0, variance)));
  }

  /** Negative log probability that source and target lengths belong together. */
  public double cost(double sourceLetters, double targetLetters) {
    double mean = (ratio * sourceLetters + targetLetters) / 2.0;
    if (mean <= 0) {
      return 0;
    }
    double delta = (targetLetters - ratio * sourceLetters) / Math.sqrt(variance * mean);
    double p = 2 * (1 - Normal.cdf(Math.abs(delta)));
    return -Math.log(Math.max(p, MIN_P));
  }

  /** Standard normal distribution function, Abramowitz &amp; Stegun 26.2.17 (error below 1e-7). */
  static final class Normal {
    private Normal() {}

    static double cdf(double z) {
      if (z < 0) {
        return 1 - cdf(-z);
      }
      double t = 1 / (1 + 0.2316419 * z);
      double poly =
          t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
      return 1 - Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI) * poly;
    }
  }
}
