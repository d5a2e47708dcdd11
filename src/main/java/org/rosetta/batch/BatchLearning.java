package org.rosetta.batch;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.rosetta.align.Link;
import org.rosetta.lexicon.ExpectationStep;
import org.rosetta.lexicon.Lexicons;
import org.rosetta.memory.MemoryUnit;
import org.rosetta.report.DocumentReport;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;

/**
 * Learning without a memory: the confident links of an alignment of a whole batch are a memory
 * of their own. Links scored 0.9 or more are right 99% of the time on the development chapters
 * even without a memory, and Model 1 shrugs off the few wrong ones: trained on a first pass with
 * 5% of its links shifted, it still told right from shifted 96% of the time. Taking less sure
 * links too taught more words but also more errors (omission recall 0.74 instead of 0.90 for
 * Hebrew with links from 0.2 up).
 */
public final class BatchLearning {
  /** Links at least this sure are taken as translations. */
  static final double CONFIDENT = 0.9;
  /**
   * A batch whose first alignment, made without any words, has too few links that sure (chapters
   * without paragraphs: 61 of 1,440 in Genesis 1-25) is taught by its surest links down to this.
   */
  static final double FAIRLY_CONFIDENT = 0.5;
  /** Fewer units than this teach chance co-occurrences rather than translations. */
  static final int MIN_UNITS = 200;

  private BatchLearning() {}

  /** Whether the batch has enough confident links to teach anything. */
  public static boolean canLearnFrom(List<DocumentReport> reports) {
    return confidentUnits(reports).size() >= MIN_UNITS;
  }

  /** What the batch's confident links teach, or {@link Lexicons#NONE} when there are too few. */
  public static Lexicons learn(List<DocumentReport> reports) {
    Candidates candidates = new Candidates();
    reports.forEach(candidates::add);
    return candidates.learn();
  }

  /**
   * The texts of the confident links with sentences on both sides, as memory units: those scored
   * {@link #CONFIDENT} or more, and when they are fewer than {@link #MIN_UNITS}, the surest of the
   * others down to {@link #FAIRLY_CONFIDENT} until there are.
   */
  public static List<MemoryUnit> confidentUnits(List<DocumentReport> reports) {
    Candidates candidates = new Candidates();
    reports.forEach(candidates::add);
    return candidates.units();
  }

  /**
   * The most confident units a batch learns from. Model 1 over a whole archive's links needs
   * memory in proportion to their word pairs (an archive of 10,000 statements, 215,000 sentences a
   * language, ran out of a 1 GB heap learning them all), and it knows its words as well from a
   * sample: a lexicon is trusted fully from 2,000 units ({@code LexicalEvidence}). Past this many,
   * an even sample of the confident links is kept.
   */
  static final int MOST_UNITS = 40_000;

  /**
   * The links a batch may learn from, gathered a document at a time: an archive aligned in passes
   * keeps these texts between them, not its documents, and no more than {@link #MOST_UNITS} of them.
   */
  public static final class Candidates {
    private final List<Candidate> confident = new ArrayList<>();
    private final List<Candidate> fair = new ArrayList<>();
    // Fixed, so an archive aligned twice learns the same sample.
    private final Random sampling = new Random(42);
    private long confidentSeen;

    /** Takes the document's links that are sure enough to be learned from. */
    public void add(DocumentReport report) {
      addAll(candidatesOf(report));
    }

    /** Takes one document's candidates ({@link #candidatesOf}), documents in the batch's order. */
    public void addAll(List<Candidate> candidates) {
      candidates.forEach(this::take);
    }

    private void take(Candidate candidate) {
      if (candidate.score() < CONFIDENT) {
        // Less sure links are learned from only while the sure ones are too few to teach.
        if (confidentSeen < MIN_UNITS) {
          fair.add(candidate);
        }
        return;
      }
      confidentSeen++;
      if (confidentSeen == MIN_UNITS) {
        fair.clear();
      }
      if (confident.size() < MOST_UNITS) {
        confident.add(candidate);
      } else {
        // Reservoir sampling: every confident link seen so far is kept with the same chance.
        long slot = (long) (sampling.nextDouble() * confidentSeen);
        if (slot < MOST_UNITS) {
          confident.set((int) slot, candidate);
        }
      }
    }

    /** The units to learn from, as {@link #confidentUnits} chooses them. */
    public List<MemoryUnit> units() {
      List<Candidate> sorted = new ArrayList<>(confident);
      sorted.addAll(fair);
      // Stable: equally sure links keep their order in the batch.
      sorted.sort(Comparator.comparingDouble(Candidate::score).reversed());
      List<MemoryUnit> units = new ArrayList<>();
      for (Candidate candidate : sorted) {
        if (candidate.score() < CONFIDENT && units.size() >= MIN_UNITS) {
          break;
        }
        units.add(candidate.unit());
      }
      return units;
    }

    /** What the links teach, or {@link Lexicons#NONE} when there are too few. */
    public Lexicons learn() {
      return learn(ExpectationStep.HERE);
    }

    /** What the links teach, Model 1's E step run where {@code step} runs it. */
    public Lexicons learn(ExpectationStep step) {
      List<MemoryUnit> units = units();
      return units.size() < MIN_UNITS ? Lexicons.NONE : Lexicons.learnSelfTaught(units, step);
    }
  }

  /**
   * A document's links that are sure enough to be learned from ({@link #FAIRLY_CONFIDENT} and up,
   * pairing sentences), in the document's order: what a pass over an archive keeps of it.
   */
  public static List<Candidate> candidatesOf(DocumentReport report) {
    List<Candidate> out = new ArrayList<>();
    List<Segment> english = report.texts().get(Lang.EN).segments();
    report.alignments().forEach((lang, links) -> {
      List<Segment> target = report.texts().get(lang).segments();
      for (Link link : links) {
        if (link.score() >= FAIRLY_CONFIDENT && !link.isOmission() && !link.isAddition()) {
          out.add(new Candidate(
              link.score(),
              MemoryUnit.of(
                  Segment.joinedText(english.subList(link.sourceFrom(), link.sourceTo())),
                  lang,
                  Segment.joinedText(target.subList(link.targetFrom(), link.targetTo())))));
        }
      }
    });
    return out;
  }

  /** A link's texts and its score. */
  public record Candidate(double score, MemoryUnit unit) implements Serializable {}
}
