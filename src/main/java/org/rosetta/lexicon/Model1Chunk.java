package org.rosetta.lexicon;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * A run of units of a Model 1 training ({@link #UNITS} at most), their word pairs renumbered to
 * the chunk's own: its E step reads the table at those pairs only and gives their expected counts
 * as a short vector, which is what a cluster's partition sends back. The whole table's counts are
 * the chunks' counts added in the order of their {@link #index()}, wherever they were computed.
 */
public final class Model1Chunk implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * Units per chunk: a check's memory of a few thousand units fits in one; an archive's 40,000
   * learned links make ten, a task each on a cluster.
   */
  public static final int UNITS = 4096;

  private final int index;
  /** The training's pair ids this chunk has, ascending. */
  private final int[] pairs;
  /** Every unit's cells, one after another, as positions in {@link #pairs}. */
  private final int[] cells;
  /** Per unit: source words, NULL included (the width of a row of its cells). */
  private final int[] widths;
  /** Per unit: where its cells end in {@link #cells}. */
  private final int[] ends;

  private Model1Chunk(int index, int[] pairs, int[] cells, int[] widths, int[] ends) {
    this.index = index;
    this.pairs = pairs;
    this.cells = cells;
    this.widths = widths;
    this.ends = ends;
  }

  /** @param units each unit's cells as pair ids, target word by target word, each row {@code widths[u]} wide */
  static Model1Chunk of(int index, List<int[]> units, int[] widths) {
    int[] ends = new int[units.size()];
    int length = 0;
    for (int u = 0; u < units.size(); u++) {
      length += units.get(u).length;
      ends[u] = length;
    }
    int[] global = new int[length];
    int at = 0;
    for (int[] unit : units) {
      System.arraycopy(unit, 0, global, at, unit.length);
      at += unit.length;
    }
    int[] pairs = Arrays.stream(global).sorted().distinct().toArray();
    int[] cells = new int[length];
    for (int c = 0; c < length; c++) {
      cells[c] = Arrays.binarySearch(pairs, global[c]);
    }
    return new Model1Chunk(index, pairs, cells, widths.clone(), ends);
  }

  /** The chunk's place among the training's chunks: their counts are added in this order. */
  public int index() {
    return index;
  }

  /** The training's pair ids that {@link #expectedCounts} gives counts for, ascending. */
  public int[] pairs() {
    return pairs;
  }

  /**
   * The E step over this chunk: each target word of a unit shares one count among the unit's
   * source words (NULL included) in proportion to t.
   *
   * @param t the training's table, by pair id
   * @return expected counts of {@link #pairs()}, in the same order
   */
  public double[] expectedCounts(double[] t) {
    double[] local = new double[pairs.length];
    for (int k = 0; k < pairs.length; k++) {
      local[k] = t[pairs[k]];
    }
    double[] counts = new double[pairs.length];
    int from = 0;
    for (int u = 0; u < ends.length; u++) {
      int width = widths[u];
      for (int row = from; row < ends[u]; row += width) {
        double denominator = 0;
        for (int c = row; c < row + width; c++) {
          denominator += local[cells[c]];
        }
        for (int c = row; c < row + width; c++) {
          counts[cells[c]] += local[cells[c]] / denominator;
        }
      }
      from = ends[u];
    }
    return counts;
  }

  /** Adds counts of this chunk's pairs ({@link #expectedCounts}) into a whole table's, by pair id. */
  public void addTo(double[] total, double[] counts) {
    for (int k = 0; k < pairs.length; k++) {
      total[pairs[k]] += counts[k];
    }
  }
}
