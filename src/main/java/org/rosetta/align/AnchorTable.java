package org.rosetta.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    Set<Anchor> inSource = new HashSet<>();
    sourceAnchors.forEach(inSource::addAll);
    Set<Anchor> shared = new HashSet<>();
    targetAnchors.forEach(list -> list.stream().filter(inSource::contains).forEach(shared::add));
    if (!useParagraphs) {
      shared.removeIf(a -> a.kind() == AnchorKind.PARAGRAPH);
    }
    Map<Anchor, Integer> ids = new HashMap<>();
    List<Anchor> byId = new ArrayList<>();
    for (Anchor a : shared) {
      ids.put(a, byId.size());
      byId.add(a);
    }
    this.match = byId.stream().mapToDouble(a -> a.kind().match()).toArray();
    this.miss = byId.stream().mapToDouble(a -> a.kind().miss()).toArray();
    this.source = toIds(sourceAnchors, ids);
    this.target = toIds(targetAnchors, ids);
    this.sourceMiss = missTotals(source, miss);
    this.targetMiss = missTotals(target, miss);
    this.sourceRuns = runs(source);
    this.targetRuns = runs(target);
  }

  private static int[][] toIds(List<List<Anchor>> anchors, Map<Anchor, Integer> ids) {
    int[][] out = new int[anchors.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] =
          anchors.get(i).stream().map(ids::get).filter(id -> id != null).mapToInt(Integer::intValue).sorted().toArray();
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
