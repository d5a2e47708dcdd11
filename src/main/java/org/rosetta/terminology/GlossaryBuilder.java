package org.rosetta.terminology;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rosetta.text.InputException;
import org.rosetta.text.Lang;

/** Collects terms row by row (CSV) or element by element (TBX) and checks the result. */
final class GlossaryBuilder {
  private final String origin;
  private final Map<String, Map<Lang, List<Term>>> concepts = new LinkedHashMap<>();
  private final Map<String, Integer> firstLine = new LinkedHashMap<>();
  private final Map<String, Boolean> derivedForms = new LinkedHashMap<>();

  GlossaryBuilder(String origin) {
    this.origin = origin;
  }

  void add(String conceptId, String langCode, String text, String status, String partOfSpeech, int line) {
    if (conceptId == null || conceptId.isBlank()) {
      throw new InputException(origin, line, "the concept id is empty");
    }
    Lang lang =
        Lang.find(langCode)
            .orElseThrow(
                () ->
                    new InputException(
                        origin, line, "unknown language code '" + langCode + "' (expected en, ru or he)"));
    if (text == null || text.isBlank()) {
      throw new InputException(origin, line, "the term of concept '" + conceptId + "' is empty");
    }
    TermStatus termStatus =
        TermStatus.parse(status)
            .orElseThrow(
                () ->
                    new InputException(
                        origin,
                        line,
                        "unknown term status '"
                            + status
                            + "' (expected preferred, admitted or deprecated/forbidden)"));
    firstLine.putIfAbsent(conceptId, line);
    concepts
        .computeIfAbsent(conceptId, id -> new EnumMap<>(Lang.class))
        .computeIfAbsent(lang, l -> new ArrayList<>())
        .add(new Term(text, termStatus, partOfSpeech));
  }

  /**
   * Whether the concept admits derived forms, as a glossary says it (yes/no, true/false, on/off);
   * an empty value keeps the default.
   */
  void derivedForms(String conceptId, String value, int line) {
    String v = value == null ? "" : value.strip().toLowerCase(java.util.Locale.ROOT);
    if (v.isEmpty()) {
      return;
    }
    boolean on =
        switch (v) {
          case "yes", "true", "on", "1" -> true;
          case "no", "false", "off", "0" -> false;
          default ->
              throw new InputException(
                  origin, line, "derived forms of concept '" + conceptId + "' are '" + value + "' (expected yes or no)");
        };
    Boolean before = derivedForms.put(conceptId, on);
    if (before != null && before != on) {
      throw new InputException(origin, line, "concept '" + conceptId + "' both admits and refuses derived forms");
    }
  }

  Glossary build() {
    if (concepts.isEmpty()) {
      throw new InputException(origin, "has no terms");
    }
    List<Concept> list = new ArrayList<>();
    concepts.forEach(
        (id, terms) -> {
          boolean hasEnglish =
              terms.getOrDefault(Lang.EN, List.of()).stream().anyMatch(t -> t.status().approved());
          if (!hasEnglish) {
            throw new InputException(
                origin, firstLine.get(id), "concept '" + id + "' has no approved English term");
          }
          Boolean derived = derivedForms.get(id);
          list.add(derived == null ? new Concept(id, terms) : new Concept(id, terms, derived));
        });
    return new Glossary(list);
  }
}
