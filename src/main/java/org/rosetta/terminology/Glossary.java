package org.rosetta.terminology;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Approved and forbidden terms, concept by concept. */
public record Glossary(List<Concept> concepts) {
  public static final Glossary EMPTY = new Glossary(List.of());

  public Glossary {
    concepts = List.copyOf(concepts);
  }

  public boolean isEmpty() {
    return concepts.isEmpty();
  }

  /** Several glossaries as one; a concept id repeated in a later glossary replaces the earlier one. */
  public static Glossary merge(List<Glossary> glossaries) {
    Map<String, Concept> byId = new LinkedHashMap<>();
    for (Glossary g : glossaries) {
      for (Concept c : g.concepts()) {
        byId.put(c.id(), c);
      }
    }
    return new Glossary(new ArrayList<>(byId.values()));
  }
}
