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
          list.add(new Concept(id, terms));
        });
    return new Glossary(list);
  }
}
