package org.rosetta.library;

import java.util.List;
import org.rosetta.memory.MemoryUnit;

/**
 * The sentence pairs reviewers accepted in stored checks: the memory learns from them beside its
 * files. Provided by whatever stores the checks, which the library does not know.
 */
public interface AcceptedUnits {
  /** Every accepted link that pairs sentences, in a stable order (the lexicon cache's key depends on it); called in a transaction. */
  List<MemoryUnit> all();
}
