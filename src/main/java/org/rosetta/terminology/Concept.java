package org.rosetta.terminology;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.rosetta.text.Lang;

/** A glossary entry: one meaning, with its terms in each language. */
public record Concept(String id, Map<Lang, List<Term>> terms) {
  public Concept {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a concept needs an id");
    }
    EnumMap<Lang, List<Term>> copy = new EnumMap<>(Lang.class);
    terms.forEach((lang, list) -> copy.put(lang, List.copyOf(list)));
    terms = Map.copyOf(copy);
  }

  public List<Term> terms(Lang lang) {
    return terms.getOrDefault(lang, List.of());
  }

  public List<Term> approved(Lang lang) {
    return terms(lang).stream().filter(t -> t.status().approved()).toList();
  }
}
