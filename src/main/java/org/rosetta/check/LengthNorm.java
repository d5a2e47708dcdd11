package org.rosetta.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.rosetta.align.Link;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;

/**
 * How long a language's translations usually are relative to their English: the median log ratio
 * of letters over a set of links, and its spread (the median absolute deviation scaled to a
 * standard deviation), so that a few outliers cannot move either.
 *
 * <p>A statement of 14 sentences gives a noisy norm: two concise sentences move its median and
 * widen its spread. A batch gives the pair's norm for the whole set ({@link #ofBatch}), which
 * {@link LengthRule} then moves toward each document's own median by that document's weight.
 */
public record LengthNorm(double median, double spread, int links) {
  /** English sentences shorter than this say little about their translation's length. */
  static final int MIN_LETTERS = 30;
  /** A batch with fewer judged links than this has no norm of its own: each document keeps its own. */
  static final int MIN_BATCH_LINKS = 60;
  private static final double MAD_TO_SIGMA = 1.4826;

  public LengthNorm {
    if (links < 1 || !(spread >= 0)) {
      throw new IllegalArgumentException("a length norm needs links and a spread: " + links + ", " + spread);
    }
  }

  static LengthNorm of(double[] ratios) {
    double median = median(ratios);
    double mad = median(Arrays.stream(ratios).map(r -> Math.abs(r - median)).toArray());
    return new LengthNorm(median, MAD_TO_SIGMA * mad, ratios.length);
  }

  /** The norm of each target language over every document of a batch; none for a language with too few links. */
  public static Map<Lang, LengthNorm> ofBatch(List<CheckContext> documents) {
    Map<Lang, LengthNorm> norms = new EnumMap<>(Lang.class);
    for (Lang lang : Lang.targets()) {
      List<Double> ratios = new ArrayList<>();
      for (CheckContext context : documents) {
        if (context.alignments().containsKey(lang)) {
          for (Link link : judged(context, lang)) {
            ratios.add(logRatio(context, lang, link));
          }
        }
      }
      if (ratios.size() >= MIN_BATCH_LINKS) {
        norms.put(lang, of(ratios.stream().mapToDouble(Double::doubleValue).toArray()));
      }
    }
    return norms;
  }

  /** The links whose length is judged: pairing links with enough English to say something. */
  static List<Link> judged(CheckContext context, Lang lang) {
    return context.pairingLinks(lang).stream().filter(l -> letters(context.sourceOf(l)) >= MIN_LETTERS).toList();
  }

  static double logRatio(CheckContext context, Lang lang, Link l) {
    return Math.log((letters(context.targetOf(lang, l)) + 1.0) / (letters(context.sourceOf(l)) + 1.0));
  }

  private static int letters(List<Segment> segments) {
    return segments.stream().mapToInt(Segment::letterCount).sum();
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
