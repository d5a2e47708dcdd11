package org.rosetta.align;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Dynamic programming over link shapes (Gale &amp; Church), restricted to a band around the
 * diagonal so that time and memory grow linearly with the text: the cost matrix is kept as four
 * rolling rows, and only one back-pointer byte per band cell is stored.
 */
final class BandedAligner {
  private static final int MAX_STEP = 3;
  /** Within this many cells of the band's edge, the path may have been squeezed by it. */
  private static final int EDGE = 4;

  private final List<LinkShape> shapes;

  BandedAligner(List<LinkShape> shapes) {
    this.shapes = List.copyOf(shapes);
  }

  /**
   * Half-width of the band for texts of n and m sentences. The band follows the diagonal from
   * (0, 0) to (n, m), so it only needs room for the drift that omissions and additions cause;
   * {@link #align} widens it when the path comes near its edge.
   */
  static int bandHalfWidth(int n, int m) {
    return 15 + (int) (2 * Math.sqrt(Math.max(n, m)));
  }

  /** The cheapest sequence of links covering both texts, in order. */
  List<Link> align(int n, int m, LinkCost cost) {
    if (n == 0 && m == 0) {
      return List.of();
    }
    int w = Math.max(bandHalfWidth(n, m), n == 0 || m == 0 ? Math.max(n, m) : 0);
    while (true) {
      List<Link> links = align(n, m, w, cost);
      if (w >= Math.max(n, m) || maxDrift(links, n, m) < w - EDGE) {
        return links;
      }
      w *= 2;
    }
  }

  private static int maxDrift(List<Link> links, int n, int m) {
    int drift = 0;
    for (Link l : links) {
      drift = Math.max(drift, Math.abs(l.targetTo() - center(l.sourceTo(), n, m)));
    }
    return drift;
  }

  private List<Link> align(int n, int m, int w, LinkCost cost) {
    int width = 2 * w + 1;
    byte[] back = new byte[(n + 1) * width];
    double[][] rows = new double[MAX_STEP + 1][width];
    for (int i = 0; i <= n; i++) {
      double[] row = rows[i % (MAX_STEP + 1)];
      int center = center(i, n, m);
      for (int k = 0; k < width; k++) {
        int j = center - w + k;
        row[k] = Double.POSITIVE_INFINITY;
        back[i * width + k] = -1;
        if (j < 0 || j > m) {
          continue;
        }
        if (i == 0 && j == 0) {
          row[k] = 0;
          continue;
        }
        for (int s = 0; s < shapes.size(); s++) {
          LinkShape shape = shapes.get(s);
          int pi = i - shape.source();
          int pj = j - shape.target();
          if (pi < 0 || pj < 0) {
            continue;
          }
          int pk = pj - (center(pi, n, m) - w);
          if (pk < 0 || pk >= width) {
            continue;
          }
          double previous = rows[pi % (MAX_STEP + 1)][pk];
          if (previous == Double.POSITIVE_INFINITY) {
            continue;
          }
          double total = previous + cost.cost(pi, shape.source(), pj, shape.target());
          if (total < row[k]) {
            row[k] = total;
            back[i * width + k] = (byte) s;
          }
        }
      }
    }
    return trace(n, m, w, width, back);
  }

  private List<Link> trace(int n, int m, int w, int width, byte[] back) {
    List<Link> links = new ArrayList<>();
    int i = n;
    int j = m;
    while (i > 0 || j > 0) {
      int k = j - (center(i, n, m) - w);
      int s = back[i * width + k];
      if (s < 0) {
        throw new IllegalStateException("no alignment path within the band at " + i + "," + j);
      }
      LinkShape shape = shapes.get(s);
      links.add(new Link(i - shape.source(), i, j - shape.target(), j, 0));
      i -= shape.source();
      j -= shape.target();
    }
    Collections.reverse(links);
    return links;
  }

  private static int center(int i, int n, int m) {
    return n == 0 ? 0 : (int) ((long) i * m / n);
  }
}
