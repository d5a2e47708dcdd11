package org.rosetta.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The anchors of two texts as small sorted id arrays, keeping only anchors that occur in both
 * texts: a name the translation never mentions says nothing about where a sentence went, and
 * neither does an English "God" whose Hebrew is a different word altogether. Costs are computed
 * without allocation, since the aligner asks for millions of them, by merging sorted id arrays
 * prepared for every run of up to {@link LinkShape#MAX_SIDE} sentences; not thread-safe.
 */
final class AnchorTable {
  private final int[][] source;
  private final int[][] target;
  private final double[] match;
  private final double[] miss;
  private final double[] sourceMiss;
  private final double[] targetMiss;
  /** Anchors of runs of 1..MAX_SIDE consecutive sentences, merged and sorted: sourceRuns[a][i] for [i, i+a). */
  private final int[][][] sourceRuns;
  private final int[][][] targetRuns;

  AnchorTable(List<List<Anchor>> sourceAnchors, List<List<Anchor>> targetAnchors, boolean useParagraphs) {
    // Each anchor is hashed once, since the aligner builds two tables per text pair: numbered in
    // order of first appearance in the source, then renumbered keeping only those the target has
    // too. Numbering by appearance also keeps the ids, and so the order of sums, independent of
    // hash order.
    Map<Anchor, Integer> numbers = new HashMap<>();
    List<Anchor> numbered = new ArrayList<>();
    int[][] sourceNumbers = new int[sourceAnchors.size()][];
    for (int i = 0; i < sourceNumbers.length; i++) {
      List<Anchor> list = sourceAnchors.get(i);
      sourceNumbers[i] = new int[list.size()];
      for (int k = 0; k < list.size(); k++) {
        sourceNumbers[i][k] = numbers.computeIfAbsent(list.get(k), anchor -> {
          numbered.add(anchor);
          return numbered.size() - 1;
        });
      }
    }
    boolean[] inTarget = new boolean[numbered.size()];
    int[][] targetNumbers = new int[targetAnchors.size()][];
    for (int j = 0; j < targetNumbers.length; j++) {
      List<Anchor> list = targetAnchors.get(j);
      targetNumbers[j] = new int[list.size()];
      for (int k = 0; k < list.size(); k++) {
        Integer number = numbers.get(list.get(k));
        targetNumbers[j][k] = number == null ? -1 : number;
        if (number != null) {
          inTarget[number] = true;
        }
      }
    }
    int[] ids = new int[numbered.size()];
    List<Anchor> byId = new ArrayList<>();
    for (int n = 0; n < ids.length; n++) {
      boolean kept = inTarget[n] && (useParagraphs || numbered.get(n).kind() != AnchorKind.PARAGRAPH);
      ids[n] = kept ? byId.size() : -1;
      if (kept) {
        byId.add(numbered.get(n));
      }
    }
    this.match = byId.stream().mapToDouble(a -> a.kind().match()).toArray();
    this.miss = byId.stream().mapToDouble(a -> a.kind().miss()).toArray();
    this.source = toIds(sourceNumbers, ids);
    this.target = toIds(targetNumbers, ids);
    this.sourceMiss = missTotals(source, miss);
    this.targetMiss = missTotals(target, miss);
    this.sourceRuns = runs(source);
    this.targetRuns = runs(target);
  }

  /** Each segment's anchor numbers as sorted ids, without the anchors not shared. */
  private static int[][] toIds(int[][] numbers, int[] ids) {
    int[][] out = new int[numbers.length][];
    for (int i = 0; i < out.length; i++) {
      int[] kept = new int[numbers[i].length];
      int count = 0;
      for (int n : numbers[i]) {
        if (n >= 0 && ids[n] >= 0) {
          kept[count++] = ids[n];
        }
      }
      out[i] = Arrays.copyOf(kept, count);
      Arrays.sort(out[i]);
    }
    return out;
  }

  /**
   * Lexical part of the cost of linking source {@code [i, i+a)} with target {@code [j, j+b)}:
   * every anchor of the link costs its miss weight, and every anchor found on both sides wins
   * back its match weight plus both misses.
   */
  double cost(int i, int a, int j, int b) {
    double cost = 0;
    for (int k = i; k < i + a; k++) {
      cost += sourceMiss[k];
    }
    for (int l = j; l < j + b; l++) {
      cost += targetMiss[l];
    }
    if (a == 0 || b == 0) {
      return cost;
    }
    return cost - sharedGain(i, a, j, b);
  }

  /** Gain of the anchors shared by several sentences, each counted as often as both sides have it. */
  private double sharedGain(int i, int a, int j, int b) {
    if (a > LinkShape.MAX_SIDE || b > LinkShape.MAX_SIDE) {
      return gain(concat(source, i, a), concat(target, j, b));
    }
    return gain(sourceRuns[a][i], targetRuns[b][j]);
  }

  /** Match weight plus both misses for every anchor in both sorted multisets, as often as both have it. */
  private double gain(int[] x, int[] y) {
    double gain = 0;
    int p = 0;
    int q = 0;
    while (p < x.length && q < y.length) {
      if (x[p] < y[q]) {
        p++;
      } else if (y[q] < x[p]) {
        q++;
      } else {
        gain += match[x[p]] + 2 * miss[x[p]];
        p++;
        q++;
      }
    }
    return gain;
  }

  private static int[][][] runs(int[][] ids) {
    int[][][] runs = new int[LinkShape.MAX_SIDE + 1][][];
    for (int a = 1; a <= LinkShape.MAX_SIDE; a++) {
      runs[a] = new int[Math.max(0, ids.length - a + 1)][];
      for (int i = 0; i + a <= ids.length; i++) {
        runs[a][i] = a == 1 ? ids[i] : concat(ids, i, a);
      }
    }
    return runs;
  }

  private static int[] concat(int[][] ids, int from, int count) {
    int length = 0;
    for (int k = from; k < from + count; k++) {
      length += ids[k].length;
    }
    int[] out = new int[length];
    int at = 0;
    for (int k = from; k < from + count; k++) {
      System.arraycopy(ids[k], 0, out, at, ids[k].length);
      at += ids[k].length;
    }
    Arrays.sort(out);
    return out;
  }

  private static double[] missTotals(int[][] ids, double[] miss) {
    double[] totals = new double[ids.length];
    for (int k = 0; k < ids.length; k++) {
      for (int id : ids[k]) {
        totals[k] += miss[id];
      }
    }
    return totals;
  }
}
