package org.rosetta.terminology;

import java.util.Set;

/** How one language compares a word of a text with a word of a glossary term, despite inflection: they match when their key sets meet. */
interface WordForms {
  /** The forms a glossary term's word is stored under. */
  Set<String> termKeys(String word);

  /** Every form under which a text's word may match a term word. */
  Set<String> textKeys(String word);

  /**
   * The keys under which a text's word derived from a name matches it (Израиль → израильский),
   * for concepts that admit derived forms; none where the language has no derivation rules.
   */
  default Set<String> derivedKeys(String name) {
    return Set.of();
  }
}
