package org.rosetta.spark;

import java.io.PrintStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.rosetta.ArchiveAlignment;
import org.rosetta.batch.BatchLearning;
import org.rosetta.lexicon.Lexicons;

/**
 * The passes over the archive on the cluster: every document aligned by a task, all at once;
 * their results then read back on the driver in the archive's order (cached, so reading them is
 * only a transfer), which is what makes the learning and the memory the same as on one machine.
 */
final class SparkPasses implements ArchiveAlignment.Passes {
  private final JavaSparkContext spark;
  private final JavaRDD<ArchiveListing.Located> documents;
  private final HadoopSettings hadoop;
  private final Broadcast<byte[]> memory;
  private final boolean builtIn;
  private final PrintStream log;
  /** Documents left out, by name, with why: reported once, however many passes meet them. */
  private final Map<String, String> skipped = new LinkedHashMap<>();

  SparkPasses(JavaSparkContext spark, List<ArchiveListing.Located> documents, int partitions, HadoopSettings hadoop, Lexicons memory, boolean builtIn, PrintStream log) {
    this.spark = spark;
    this.documents = spark.parallelize(documents, Math.max(1, Math.min(partitions, documents.size())));
    this.hadoop = hadoop;
    this.memory = JobLexicons.broadcast(spark, memory);
    this.builtIn = builtIn;
    this.log = log;
  }

  @Override
  public void learningPass(int round, Lexicons taught, Consumer<List<BatchLearning.Candidate>> candidates) {
    Broadcast<byte[]> lexicons = JobLexicons.broadcast(spark, taught);
    JobLexicons job = JobLexicons.of(spark, memory, builtIn, lexicons);
    HadoopSettings settings = hadoop;
    JavaRDD<DocumentOutcome<ArrayList<BatchLearning.Candidate>>> outcomes =
        documents.map(document -> DocumentTasks.candidates(document, settings, job)).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long started = System.nanoTime();
      outcomes.count();
      int aligned = inOrder(outcomes, outcome -> candidates.accept(outcome.value()));
      log.printf(Locale.ROOT, "rosetta-spark: learning pass %d: %d documents aligned in %.1f s%n", round + 1, aligned, (System.nanoTime() - started) / 1e9);
    } finally {
      outcomes.unpersist(false);
      lexicons.destroy();
    }
  }

  /**
   * The last pass: every document checked with what the archive taught; its links are cached for
   * the Parquet table and the memory, which the caller writes from them.
   */
  JavaRDD<DocumentOutcome<DocumentTasks.Harvested>> harvest(Lexicons taught, double minScore) {
    Broadcast<byte[]> lexicons = JobLexicons.broadcast(spark, taught);
    JobLexicons job = JobLexicons.of(spark, memory, builtIn, lexicons);
    HadoopSettings settings = hadoop;
    JavaRDD<DocumentOutcome<DocumentTasks.Harvested>> outcomes =
        documents.map(document -> DocumentTasks.harvest(document, settings, job, minScore)).persist(StorageLevel.MEMORY_AND_DISK());
    outcomes.count();
    return outcomes;
  }

  /**
   * Hands the results that are not skipped to {@code each}, in the archive's order, and says how
   * many; reports each skipped document once.
   */
  <T extends Serializable> int inOrder(JavaRDD<DocumentOutcome<T>> outcomes, Consumer<DocumentOutcome<T>> each) {
    int done = 0;
    Iterator<DocumentOutcome<T>> results = outcomes.toLocalIterator();
    while (results.hasNext()) {
      DocumentOutcome<T> outcome = results.next();
      outcome.warnings().forEach(warning -> log.println("rosetta-spark: warning: " + warning));
      if (outcome.skipped() != null) {
        if (skipped.putIfAbsent(outcome.name(), outcome.skipped()) == null) {
          log.println("rosetta-spark: warning: skipped " + outcome.name() + ": " + outcome.skipped());
        }
        continue;
      }
      each.accept(outcome);
      done++;
    }
    return done;
  }

  Map<String, String> skipped() {
    return skipped;
  }
}
