package org.rosetta.check;

import java.util.LinkedHashMap;
import java.util.Map;

/** Every rule id Rosetta reports, with a one-line description for reports and documentation. */
public final class RuleCatalog {
  private static final Map<String, String> RULES = new LinkedHashMap<>();

  static {
    RULES.put("alignment.omission", "An English sentence has no counterpart in the translation");
    RULES.put("alignment.addition", "A translated sentence renders no English sentence");
    RULES.put("alignment.disagreement", "One translation renders an English sentence that the other leaves out");
    RULES.put("alignment.merge", "Several English sentences are rendered as one (information)");
    RULES.put("alignment.split", "One English sentence is rendered as several (information)");
    RULES.put("alignment.uncertain", "The aligner is unsure of a link (information)");
    RULES.put("untranslated", "A sentence of the translation is still in English");
    RULES.put("language.unexpected", "A sentence is in another language than its file");
    RULES.put("terminology.missing", "An English glossary term is not rendered by an approved term");
    RULES.put("terminology.forbidden", "A forbidden (deprecated) rendering of a glossary term is used");
    RULES.put("terminology.inconsistent", "One glossary term is rendered in different ways in one document");
    RULES.put("numbers.mismatch", "A number differs between English and translation");
    RULES.put("length.outlier", "A translation is far shorter or longer than the document's norm");
  }

  private RuleCatalog() {}

  /** Rule ids in a stable, documented order. */
  public static java.util.List<String> ids() {
    return java.util.List.copyOf(RULES.keySet());
  }

  public static String describe(String id) {
    return RULES.getOrDefault(id, id);
  }
}
