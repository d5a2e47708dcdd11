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
 * without allocation, since the aligner asks for millions of them.
 */
final class AnchorTable {
  private final int[][] source;
  private final int[][] target;
  private final double[] match;
  private final double[] miss;
  private final int[] scratchSource = new int[256];
  private final int[] scratchTarget = new int[256];

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
  }

  private static int[][] toIds(List<List<Anchor>> anchors, Map<Anchor, Integer> ids) {
    int[][] out = new int[anchors.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] =
          anchors.get(i).stream().map(ids::get).filter(id -> id != null).mapToInt(Integer::intValue).sorted().toArray();
    }
    return out;
  }

  /** Lexical part of the cost of linking source {@code [i, i+a)} with target {@code [j, j+b)}. */
  double cost(int i, int a, int j, int b) {
    int ns = gather(source, i, a, scratchSource);
    int nt = gather(target, j, b, scratchTarget);
    if (ns == 0 && nt == 0) {
      return 0;
    }
    if (a > 1) {
      Arrays.sort(scratchSource, 0, ns);
    }
    if (b > 1) {
      Arrays.sort(scratchTarget, 0, nt);
    }
    double cost = 0;
    int x = 0;
    int y = 0;
    while (x < ns || y < nt) {
      if (y >= nt || (x < ns && scratchSource[x] < scratchTarget[y])) {
        cost += miss[scratchSource[x++]];
      } else if (x >= ns || scratchTarget[y] < scratchSource[x]) {
        cost += miss[scratchTarget[y++]];
      } else {
        cost -= match[scratchSource[x]];
        x++;
        y++;
      }
    }
    return cost;
  }

  private static int gather(int[][] ids, int from, int count, int[] into) {
    int n = 0;
    for (int k = from; k < from + count; k++) {
      int[] row = ids[k];
      int copy = Math.min(row.length, into.length - n);
      System.arraycopy(row, 0, into, n, copy);
      n += copy;
    }
    return n;
  }
}
