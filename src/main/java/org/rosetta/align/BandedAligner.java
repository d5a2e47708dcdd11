package org.rosetta.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Dynamic programming over link shapes (Gale &amp; Church), restricted to a corridor of target
 * positions per source sentence so that time and memory grow linearly with the text: the cost
 * matrix is kept as four rolling rows, and only one back-pointer byte per corridor cell is stored.
 * The corridor is either a band around the diagonal, for a first pass, or a narrow band around an
 * earlier pass's path, which is where the final path lies. Both start narrow and double when
 * the path runs along their edge: on the development chapters and books the narrow start gave the
 * same alignments as a start three times wider, in two thirds of the time.
 */
final class BandedAligner {
  private static final int MAX_STEP = LinkShape.MAX_SIDE;
  /** Within this many cells of the corridor's edge, the path may have been squeezed by it. */
  private static final int EDGE = 4;
  /** Half-width of the corridor around an earlier path. */
  private static final int NEAR = 6;

  private final List<LinkShape> shapes;

  BandedAligner(List<LinkShape> shapes) {
    this.shapes = List.copyOf(shapes);
  }

  /**
   * Half-width of the diagonal band for texts of n and m sentences. The band follows the
   * diagonal from (0, 0) to (n, m), so it only needs room for the drift that omissions and
   * additions cause; the aligner widens it when the path comes near its edge.
   */
  private static int bandHalfWidth(int n, int m) {
    return 6 + (int) (0.5 * Math.sqrt(Math.max(n, m)));
  }

  /** The cheapest sequence of links covering both texts, in order, searched near the diagonal. */
  List<Link> align(int n, int m, LinkCost cost) {
    if (n == 0 && m == 0) {
      return List.of();
    }
    int w = Math.max(bandHalfWidth(n, m), n == 0 || m == 0 ? Math.max(n, m) : 0);
    return alignWidening(n, m, w, cost, width -> Corridor.diagonal(n, m, width));
  }

  /**
   * The cheapest sequence of links covering both texts, searched near the line along which both
   * have come equally far in letters rather than in sentences: where one translation cuts a
   * book's sentences finer than the other, the sentence diagonal drifts from the path by dozens
   * of sentences, and a band around it had to be searched again twice as wide.
   *
   * @param ls letters of each source sentence
   * @param lt letters of each target sentence
   */
  List<Link> alignAlongLengths(int[] ls, int[] lt, LinkCost cost) {
    int n = ls.length;
    int m = lt.length;
    if (n == 0 || m == 0 || total(ls) == 0 || total(lt) == 0) {
      return align(n, m, cost);
    }
    return alignWidening(n, m, bandHalfWidth(n, m), cost, width -> Corridor.alongLengths(ls, lt, width));
  }

  private static long total(int[] lengths) {
    long total = 0;
    for (int length : lengths) {
      total += length;
    }
    return total;
  }

  /** The cheapest sequence of links covering both texts, searched near the path of {@code earlier}. */
  List<Link> alignNear(List<Link> earlier, int n, int m, LinkCost cost) {
    if (earlier.isEmpty()) {
      return align(n, m, cost);
    }
    return alignWidening(n, m, NEAR, cost, width -> Corridor.around(earlier, n, m, width));
  }

  private List<Link> alignWidening(int n, int m, int w, LinkCost cost, IntFunction<Corridor> corridors) {
    while (true) {
      Corridor corridor = corridors.apply(w);
      List<Link> links = align(n, m, corridor, cost);
      if (w >= Math.max(n, m) || !corridor.squeezes(links, m)) {
        return links;
      }
      w *= 2;
    }
  }

  private List<Link> align(int n, int m, Corridor c, LinkCost cost) {
    int[] offset = new int[n + 2];
    int widest = 0;
    for (int i = 0; i <= n; i++) {
      int width = c.hi[i] - c.lo[i] + 1;
      offset[i + 1] = offset[i] + width;
      widest = Math.max(widest, width);
    }
    byte[] back = new byte[offset[n + 1]];
    double[][] rows = new double[MAX_STEP + 1][widest];
    for (int i = 0; i <= n; i++) {
      double[] row = rows[i % (MAX_STEP + 1)];
      for (int j = c.lo[i]; j <= c.hi[i]; j++) {
        int k = j - c.lo[i];
        row[k] = Double.POSITIVE_INFINITY;
        back[offset[i] + k] = -1;
        if (i == 0 && j == 0) {
          row[k] = 0;
          continue;
        }
        for (int s = 0; s < shapes.size(); s++) {
          LinkShape shape = shapes.get(s);
          int pi = i - shape.source();
          int pj = j - shape.target();
          if (pi < 0 || pj < c.lo[pi] || pj > c.hi[pi]) {
            continue;
          }
          double previous = rows[pi % (MAX_STEP + 1)][pj - c.lo[pi]];
          if (previous == Double.POSITIVE_INFINITY) {
            continue;
          }
          double total = previous + cost.cost(pi, shape.source(), pj, shape.target());
          if (total < row[k]) {
            row[k] = total;
            back[offset[i] + k] = (byte) s;
          }
        }
      }
    }
    return trace(n, m, c, offset, back);
  }

  private List<Link> trace(int n, int m, Corridor c, int[] offset, byte[] back) {
    List<Link> links = new ArrayList<>();
    int i = n;
    int j = m;
    while (i > 0 || j > 0) {
      int s = back[offset[i] + j - c.lo[i]];
      if (s < 0) {
        throw new IllegalStateException("no alignment path within the corridor at " + i + "," + j);
      }
      LinkShape shape = shapes.get(s);
      links.add(new Link(i - shape.source(), i, j - shape.target(), j, 0));
      i -= shape.source();
      j -= shape.target();
    }
    Collections.reverse(links);
    return links;
  }

  /** The target positions {@code [lo[i], hi[i]]} searched for each source position i. */
  record Corridor(int[] lo, int[] hi) {
    static Corridor diagonal(int n, int m, int w) {
      int[] lo = new int[n + 1];
      int[] hi = new int[n + 1];
      for (int i = 0; i <= n; i++) {
        int center = n == 0 ? 0 : (int) ((long) i * m / n);
        lo[i] = Math.max(0, center - w);
        hi[i] = Math.min(m, center + w);
      }
      return new Corridor(lo, hi);
    }

    /**
     * For each source position, the target position whose share of the target's letters is
     * nearest below the source position's share of the source's letters, widened by w on both
     * sides; consecutive rows always overlap, so a path runs through.
     */
    static Corridor alongLengths(int[] ls, int[] lt, int w) {
      int n = ls.length;
      int m = lt.length;
      long sourceTotal = total(ls);
      long targetTotal = total(lt);
      int[] lo = new int[n + 1];
      int[] hi = new int[n + 1];
      long source = 0;
      long target = 0;
      int j = 0;
      for (int i = 0; i <= n; i++) {
        // target / targetTotal <= source / sourceTotal, kept in integers.
        while (j < m && (target + lt[j]) * sourceTotal <= source * targetTotal) {
          target += lt[j];
          j++;
        }
        lo[i] = Math.max(0, j - w);
        hi[i] = Math.min(m, j + w);
        if (i > 0) {
          lo[i] = Math.min(lo[i], hi[i - 1]);
        }
        if (i < n) {
          source += ls[i];
        }
      }
      lo[0] = 0;
      hi[n] = m;
      return new Corridor(lo, hi);
    }

    /** Every cell a link of {@code path} passes through, widened by w on both sides. */
    static Corridor around(List<Link> path, int n, int m, int w) {
      int[] lo = new int[n + 1];
      int[] hi = new int[n + 1];
      Arrays.fill(lo, Integer.MAX_VALUE);
      Arrays.fill(hi, Integer.MIN_VALUE);
      for (Link l : path) {
        for (int i = l.sourceFrom(); i <= l.sourceTo(); i++) {
          lo[i] = Math.min(lo[i], Math.max(0, l.targetFrom() - w));
          hi[i] = Math.max(hi[i], Math.min(m, l.targetTo() + w));
        }
      }
      return new Corridor(lo, hi);
    }

    /** Whether the path runs along an edge that is not the text's own, where a wider search might do better. */
    boolean squeezes(List<Link> links, int m) {
      for (Link l : links) {
        int i = l.sourceTo();
        int j = l.targetTo();
        if ((lo[i] > 0 && j - lo[i] < EDGE) || (hi[i] < m && hi[i] - j < EDGE)) {
          return true;
        }
      }
      return false;
    }
  }
}
