package org.rosetta;

import java.util.List;
import java.util.function.Consumer;
import org.rosetta.batch.BatchLearning;
import org.rosetta.lexicon.ExpectationStep;
import org.rosetta.lexicon.Lexicons;
import org.rosetta.text.DocumentInput;

/**
 * An archive of past statements aligned into a translation memory, in passes that never hold it:
 * each learning pass aligns every document with what the pass before taught and keeps only its
 * confident links ({@link BatchLearning.Candidates}); a last pass aligns them with what the
 * archive taught and writes the memory. Where the documents are aligned is the caller's ({@link
 * Passes}): one at a time on this machine ({@code rosetta align}), or on a cluster's partitions
 * (the Spark job). Results come back in the archive's order, and Model 1's counts are summed in
 * chunk order ({@link ExpectationStep}), so both learn the same lexicon and write the same links.
 */
public final class ArchiveAlignment {
  private ArchiveAlignment() {}

  /** A learning pass over an archive's documents, wherever they are. */
  public interface Passes {
    /**
     * Aligns every document with the memory's lexicons beside {@code taught} ({@link
     * #lexicons}) and hands over each one's {@link #candidates}, in the archive's order; a
     * document that cannot be read is left out of every pass.
     *
     * @param round from 0, for progress
     */
    void learningPass(int round, Lexicons taught, Consumer<List<BatchLearning.Candidate>> candidates);
  }

  /**
   * What an archive teaches: the lexicons of its last learning pass, or {@link Lexicons#NONE}
   * when it has too few confident links to teach anything.
   *
   * @param rounds learning passes ({@link Engine#learningRounds}), 0 for none
   * @param step where Model 1's expected counts are summed
   */
  public static Lexicons learn(Passes passes, int rounds, ExpectationStep step) {
    Lexicons taught = Lexicons.NONE;
    for (int round = 0; round < rounds; round++) {
      BatchLearning.Candidates candidates = new BatchLearning.Candidates();
      passes.learningPass(round, taught, candidates::addAll);
      Lexicons next = candidates.learn(step);
      if (next.isEmpty()) {
        break;
      }
      taught = next;
    }
    return taught;
  }

  /** What a document is aligned with in every pass: the memory's lexicons (the built-in one among them) and what the archive taught. */
  public static Lexicons lexicons(Lexicons memory, Lexicons taught) {
    return memory.with(taught);
  }

  /** One document's part of a learning pass: its links sure enough to learn from. */
  public static List<BatchLearning.Candidate> candidates(Engine engine, DocumentInput document, Lexicons lexicons) {
    return BatchLearning.candidatesOf(engine.alignOnly(document, Evidence.of(lexicons)));
  }
}
