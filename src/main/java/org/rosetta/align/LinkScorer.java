package org.rosetta.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a chosen path into confidences. A link is as sure as the best alignment of its
 * neighbourhood (the link and one link either side; two either side cost twice as much and
 * scored no better on the development chapters) that does without it is worse: the cost margin goes
 * through a logistic function, so a tie scores 0.5 and a margin of 3 (twenty times likelier)
 * about 0.95.
 */
final class LinkScorer {
  private static final int CONTEXT = 1;

  /**
   * The margin, in nats, at which a final link is as likely right as wrong. Measured with {@code
   * eval} on the development chapters: links whose nearest alternative is less than about 3 nats
   * (twenty times) less likely are wrong often enough that a reviewer should look, and links
   * beyond 5 nats are right more than 99.5% of the time with a memory. Scores are shifted so
   * that 0.5 and 0.9 mean that.
   */
  static final double EVEN_ODDS_MARGIN = 3.0;

  private final LinkCost cost;
  private final List<LinkShape> shapes;
  private final double evenOdds;

  /** @param evenOdds the margin scored 0.5: 0 for a first pass, whose thresholds read the raw margin */
  LinkScorer(LinkCost cost, List<LinkShape> shapes, double evenOdds) {
    this.cost = cost;
    this.shapes = shapes;
    this.evenOdds = evenOdds;
  }

  List<Link> score(List<Link> links) {
    List<Link> out = new ArrayList<>(links.size());
    for (int k = 0; k < links.size(); k++) {
      Link first = links.get(Math.max(0, k - CONTEXT));
      Link last = links.get(Math.min(links.size() - 1, k + CONTEXT));
      double chosen = 0;
      for (int m = Math.max(0, k - CONTEXT); m <= Math.min(links.size() - 1, k + CONTEXT); m++) {
        Link l = links.get(m);
        chosen += cost.cost(l.sourceFrom(), l.sourceCount(), l.targetFrom(), l.targetCount());
      }
      double alternative = bestWithout(links.get(k), first.sourceFrom(), last.sourceTo(), first.targetFrom(), last.targetTo());
      double margin = Math.max(0, alternative - chosen);
      out.add(links.get(k).withScore(Math.round(1000 / (1 + Math.exp(evenOdds - margin))) / 1000.0));
    }
    return out;
  }

  /** Cheapest alignment of the region that does not contain {@code excluded}. */
  private double bestWithout(Link excluded, int s0, int s1, int t0, int t1) {
    int n = s1 - s0;
    int m = t1 - t0;
    double[][] best = new double[n + 1][m + 1];
    for (double[] row : best) {
      Arrays.fill(row, Double.POSITIVE_INFINITY);
    }
    best[0][0] = 0;
    for (int i = 0; i <= n; i++) {
      for (int j = 0; j <= m; j++) {
        if (i == 0 && j == 0) {
          continue;
        }
        for (LinkShape shape : shapes) {
          int pi = i - shape.source();
          int pj = j - shape.target();
          if (pi < 0 || pj < 0 || best[pi][pj] == Double.POSITIVE_INFINITY) {
            continue;
          }
          if (s0 + pi == excluded.sourceFrom()
              && shape.source() == excluded.sourceCount()
              && t0 + pj == excluded.targetFrom()
              && shape.target() == excluded.targetCount()) {
            continue;
          }
          double c = best[pi][pj] + cost.cost(s0 + pi, shape.source(), t0 + pj, shape.target());
          if (c < best[i][j]) {
            best[i][j] = c;
          }
        }
      }
    }
    return best[n][m];
  }
}
