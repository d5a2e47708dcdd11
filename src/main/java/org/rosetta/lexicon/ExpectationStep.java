package org.rosetta.lexicon;

import java.util.List;

/**
 * Where Model 1's E step runs: {@link #HERE} on this thread, or on a cluster's partitions (the
 * Spark job's). Either way the counts of a pair are its chunks' counts added in chunk order,
 * starting from zero, so every place learns the same table.
 */
public interface ExpectationStep {
  /** Chunk after chunk on the calling thread. */
  ExpectationStep HERE = (chunks, pairs) -> t -> {
    double[] total = new double[pairs];
    for (Model1Chunk chunk : chunks) {
      chunk.addTo(total, chunk.expectedCounts(t));
    }
    return total;
  };

  /**
   * Starts a training over these chunks (in index order) of {@code pairs} word pairs; a cluster
   * ships them once here, not at every iteration.
   */
  Training start(List<Model1Chunk> chunks, int pairs);

  /** One training's iterations. */
  interface Training extends AutoCloseable {
    /** The expected count of every pair under the table {@code t}, both by pair id. */
    double[] expectedCounts(double[] t);

    /** Lets go of what {@link #start} shipped. */
    @Override
    default void close() {}
  }
}
