package org.rosetta.terminology;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.rosetta.text.Lang;

/**
 * A glossary entry: one meaning, with its terms in each language.
 *
 * @param derivedForms whether words derived from its terms render it too (Israel: израильский,
 *     израильтяне); by default so for names, see {@link #namesSomething}
 */
public record Concept(String id, Map<Lang, List<Term>> terms, boolean derivedForms) {
  public static final String PROPER_NOUN = "properNoun";

  public Concept {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a concept needs an id");
    }
    EnumMap<Lang, List<Term>> copy = new EnumMap<>(Lang.class);
    terms.forEach((lang, list) -> copy.put(lang, List.copyOf(list)));
    terms = Map.copyOf(copy);
  }

  /** A concept with derived forms admitted if it names something. */
  public Concept(String id, Map<Lang, List<Term>> terms) {
    this(id, terms, namesSomething(terms));
  }

  /**
   * Whether the concept is a name (a person, place, people or group): a term marked {@code
   * properNoun}, or an English term written with a capital, as English writes names and the
   * adjectives of peoples (Israel, Pharisee, Egyptian).
   */
  public static boolean namesSomething(Map<Lang, List<Term>> terms) {
    boolean marked =
        terms.values().stream().flatMap(List::stream).anyMatch(t -> t.partOfSpeech().equalsIgnoreCase(PROPER_NOUN));
    boolean capitalised =
        terms.getOrDefault(Lang.EN, List.of()).stream()
            .filter(t -> t.status().approved())
            .anyMatch(t -> Character.isUpperCase(t.text().codePointAt(0)));
    return marked || capitalised;
  }

  public List<Term> terms(Lang lang) {
    return terms.getOrDefault(lang, List.of());
  }

  public List<Term> approved(Lang lang) {
    return terms(lang).stream().filter(t -> t.status().approved()).toList();
  }
}
