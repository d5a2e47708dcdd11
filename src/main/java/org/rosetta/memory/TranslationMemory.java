package org.rosetta.memory;

import java.util.ArrayList;
import java.util.List;

/**
 * Translations a team has already made, as aligned units: the evidence Rosetta learns word
 * translations from.
 *
 * @param origin file name or other source, for messages
 */
public record TranslationMemory(String origin, List<MemoryUnit> units) {
  public TranslationMemory {
    units = List.copyOf(units);
  }

  /** Several memories as one. */
  public static TranslationMemory merge(String origin, List<TranslationMemory> memories) {
    List<MemoryUnit> all = new ArrayList<>();
    memories.forEach(m -> all.addAll(m.units()));
    return new TranslationMemory(origin, all);
  }
}
