package org.rosetta.align;

import java.util.List;
import org.rosetta.text.Segment;

/**
 * The classic Gale &amp; Church aligner: lengths only, a fixed 1:1 ratio, deletions priced by
 * length like any other link. Kept as the baseline that {@code eval --aligner length} measures.
 */
public final class LengthBasedAligner implements Aligner {
  private static final List<LinkShape> SHAPES =
      List.of(
          LinkShape.SUBSTITUTION,
          LinkShape.DELETION,
          LinkShape.INSERTION,
          LinkShape.CONTRACTION,
          LinkShape.EXPANSION,
          LinkShape.MELDING);

  @Override
  public List<Link> align(List<Segment> source, List<Segment> target) {
    int[] ls = source.stream().mapToInt(Segment::letterCount).toArray();
    int[] lt = target.stream().mapToInt(Segment::letterCount).toArray();
    LengthModel model = LengthModel.CLASSIC;
    LinkCost cost = (i, a, j, b) -> prior(a, b) + model.cost(sum(ls, i, a), sum(lt, j, b));
    List<Link> links = new BandedAligner(SHAPES).align(ls.length, lt.length, cost);
    return links.stream()
        .map(l -> l.withScore(Math.exp(-model.cost(sum(ls, l.sourceFrom(), l.sourceCount()), sum(lt, l.targetFrom(), l.targetCount())))))
        .toList();
  }

  /** Gale &amp; Church's own priors (1993), not Rosetta's, so that the baseline stays the classic. */
  private static double prior(int a, int b) {
    double p =
        a == 1 && b == 1 ? 0.89 : a + b == 1 ? 0.0099 : a + b == 3 ? 0.089 / 2 : a == 2 && b == 2 ? 0.011 : 0;
    return p == 0 ? Double.POSITIVE_INFINITY : -Math.log(p);
  }

  static int sum(int[] lengths, int from, int count) {
    int total = 0;
    for (int k = from; k < from + count; k++) {
      total += lengths[k];
    }
    return total;
  }
}
