package org.rosetta.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.rosetta.lexicon.ExpectationStep;
import org.rosetta.lexicon.Model1Chunk;
import scala.Tuple2;

/**
 * Model 1's E step on the cluster: the chunks of a training are broadcast once, each
 * iteration broadcasts the table, every chunk's task computes its expected counts, and the counts
 * are summed by word pair, the pairs split into ranges so that each range is summed by one task.
 * Within a range a pair's counts are added chunk by chunk in chunk order from zero, as {@link
 * ExpectationStep#HERE} adds them, so the cluster learns the table this machine would.
 */
final class SparkExpectationStep implements ExpectationStep {
  /** Ranges of pairs summed apart: one task each. */
  private final int ranges;
  private final JavaSparkContext spark;

  SparkExpectationStep(JavaSparkContext spark) {
    this.spark = spark;
    this.ranges = Math.max(2, spark.defaultParallelism());
  }

  @Override
  public Training start(List<Model1Chunk> chunks, int pairs) {
    // Broadcast, not parallelized: a parallelized list travels inside every task, every iteration.
    Broadcast<List<Model1Chunk>> shipped = spark.broadcast(List.copyOf(chunks));
    List<Integer> indexes = new ArrayList<>();
    for (int k = 0; k < chunks.size(); k++) {
      indexes.add(k);
    }
    JavaRDD<Integer> tasks = spark.parallelize(indexes, Math.max(1, chunks.size()));
    int width = Math.max(1, (pairs + ranges - 1) / ranges);
    return new Training() {
      @Override
      public double[] expectedCounts(double[] t) {
        Broadcast<double[]> table = spark.broadcast(t);
        try {
          List<Tuple2<Integer, double[]>> summed = tasks
              .flatMapToPair(k -> {
                Model1Chunk chunk = shipped.value().get(k);
                return slices(chunk, chunk.expectedCounts(table.value()), width).iterator();
              })
              .groupByKey(ranges)
              .mapToPair(range -> new Tuple2<>(range._1(), inChunkOrder(range._1(), range._2(), width, pairs)))
              .collect();
          double[] total = new double[pairs];
          for (Tuple2<Integer, double[]> range : summed) {
            System.arraycopy(range._2(), 0, total, range._1() * width, range._2().length);
          }
          return total;
        } finally {
          table.destroy();
        }
      }

      @Override
      public void close() {
        shipped.destroy();
      }
    };
  }

  /** A chunk's counts of the pairs of one range. */
  record Slice(int chunk, int[] pairs, double[] counts) implements Serializable {}

  private static List<Tuple2<Integer, Slice>> slices(Model1Chunk chunk, double[] counts, int width) {
    int[] pairs = chunk.pairs();
    List<Tuple2<Integer, Slice>> out = new ArrayList<>();
    int from = 0;
    while (from < pairs.length) {
      int range = pairs[from] / width;
      int to = from;
      while (to < pairs.length && pairs[to] / width == range) {
        to++;
      }
      out.add(new Tuple2<>(range, new Slice(chunk.index(), Arrays.copyOfRange(pairs, from, to), Arrays.copyOfRange(counts, from, to))));
      from = to;
    }
    return out;
  }

  private static double[] inChunkOrder(int range, Iterable<Slice> slices, int width, int pairs) {
    List<Slice> ordered = new ArrayList<>();
    slices.forEach(ordered::add);
    ordered.sort(Comparator.comparingInt(Slice::chunk));
    int start = range * width;
    double[] sums = new double[Math.min(width, pairs - start)];
    for (Slice slice : ordered) {
      for (int k = 0; k < slice.pairs().length; k++) {
        sums[slice.pairs()[k] - start] += slice.counts()[k];
      }
    }
    return sums;
  }
}
