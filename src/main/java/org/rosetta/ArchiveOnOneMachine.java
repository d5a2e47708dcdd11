package org.rosetta;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.rosetta.lexicon.ExpectationStep;
import org.rosetta.lexicon.Lexicons;
import org.rosetta.report.MemoryUnits;
import org.rosetta.text.DocumentInput;
import org.rosetta.text.InputException;

/**
 * An archive aligned into memory on this machine, one document at a time ({@link
 * ArchiveAlignment}'s passes): what {@code rosetta align} runs over folders and the service over
 * an uploaded ZIP. A document that cannot be read (empty, damaged, in another language) is
 * reported once and left out of every pass; the rest of the archive is aligned.
 *
 * @param <D> a document as the caller finds it (files on disk, entries of a ZIP)
 */
public final class ArchiveOnOneMachine<D> {
  /** Hears of each document done, for a progress bar or a progress figure. */
  public interface Progress<D> {
    /** A pass begins ({@code what}: "learning, pass 1", "memory"). */
    void pass(String what);

    /** A document of the pass is done; {@code what} says what it gave. */
    void done(D document, String what);

    /** A document is left out, the first time it is met. */
    void skipped(D document, String why);
  }

  private final Engine engine;
  private final List<D> documents;
  private final Function<D, DocumentInput> read;
  private final Progress<D> progress;
  /** Documents left out, by their place in the archive, with why. */
  private final Map<Integer, String> skipped = new LinkedHashMap<>();

  /** @param read a document's texts; an {@link InputException} leaves it out */
  public ArchiveOnOneMachine(Engine engine, List<D> documents, Function<D, DocumentInput> read, Progress<D> progress) {
    this.engine = engine;
    this.documents = List.copyOf(documents);
    this.read = read;
    this.progress = progress;
  }

  /** What the archive teaches beside {@code given} (the memory's lexicons) in {@code rounds} learning passes. */
  public Lexicons learn(Lexicons given, int rounds) {
    return ArchiveAlignment.learn(
        (round, taught, candidates) -> {
          Lexicons now = ArchiveAlignment.lexicons(given, taught);
          String what = "learning, pass " + (round + 1);
          progress.pass(what);
          for (int d = 0; d < documents.size(); d++) {
            aligned(d, input -> ArchiveAlignment.candidates(engine, input, now)).ifPresent(candidates);
            progress.done(documents.get(d), what);
          }
        },
        rounds,
        ExpectationStep.HERE);
  }

  /** The last pass: each document aligned with {@code lexicons} and what of it becomes memory, in the archive's order. */
  public void harvest(Lexicons lexicons, double minScore, BiConsumer<D, MemoryUnits.Harvest> each) {
    progress.pass("memory");
    for (int d = 0; d < documents.size(); d++) {
      Optional<MemoryUnits.Harvest> harvest = aligned(d, input -> MemoryUnits.of(engine.alignOnly(input, Evidence.of(lexicons)), minScore));
      if (harvest.isPresent()) {
        each.accept(documents.get(d), harvest.get());
        progress.done(documents.get(d), harvest.get().units().size() + " units");
      } else {
        progress.done(documents.get(d), "skipped");
      }
    }
  }

  /** Why each document left out was, in the archive's order. */
  public Map<D, String> skipped() {
    Map<D, String> out = new LinkedHashMap<>();
    skipped.forEach((d, why) -> out.put(documents.get(d), why));
    return out;
  }

  private <T> Optional<T> aligned(int d, Function<DocumentInput, T> align) {
    if (skipped.containsKey(d)) {
      return Optional.empty();
    }
    try {
      return Optional.of(align.apply(read.apply(documents.get(d))));
    } catch (InputException e) {
      skipped.put(d, e.getMessage());
      progress.skipped(documents.get(d), e.getMessage());
      return Optional.empty();
    }
  }
}
