package org.rosetta.check;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every rule Rosetta reports, named once: its stable id (the JSON contract's {@code rule}), a
 * one-line description for reports, and whether it is information rather than a problem. Rules,
 * report writers and the evaluation read it; the README's table lists the same ids.
 */
public enum RuleId {
  ALIGNMENT_OMISSION("alignment.omission", "An English sentence has no counterpart in the translation", false),
  ALIGNMENT_ADDITION("alignment.addition", "A translated sentence renders no English sentence", false),
  ALIGNMENT_DISAGREEMENT("alignment.disagreement", "One translation renders an English sentence that the other leaves out", false),
  ALIGNMENT_MERGE("alignment.merge", "Several English sentences are rendered as one (information)", true),
  ALIGNMENT_SPLIT("alignment.split", "One English sentence is rendered as several (information)", true),
  ALIGNMENT_MISALIGNED_UNIT("alignment.misaligned-unit", "A unit of a bilingual file renders another unit's English", false),
  ALIGNMENT_UNCERTAIN("alignment.uncertain", "The aligner is unsure of a link (information)", true),
  UNTRANSLATED("untranslated", "A sentence of the translation is still in English", false),
  UNTRANSLATED_WORD("untranslated.word", "An English word is left inside a translated sentence", false),
  WORDS_REPEATED("words.repeated", "Words are repeated in the translation where the English says them once", false),
  PLACEHOLDERS_MISMATCH("placeholders.mismatch", "A label, placeholder, address or tag is not carried over as written", false),
  LANGUAGE_UNEXPECTED("language.unexpected", "A sentence is in another language than its file", false),
  TERMINOLOGY_MISSING("terminology.missing", "An English glossary term is not rendered by an approved term", false),
  TERMINOLOGY_COUNT("terminology.count", "A glossary term is rendered fewer times than English names it", false),
  TERMINOLOGY_FORBIDDEN("terminology.forbidden", "A forbidden (deprecated) rendering of a glossary term is used", false),
  TERMINOLOGY_INCONSISTENT("terminology.inconsistent", "One glossary term is rendered in different ways in one document", false),
  NAMES_MISSING("names.missing", "A name of the English is not in the translation, neither as written nor transliterated", false),
  NUMBERS_MISMATCH("numbers.mismatch", "A number differs between English and translation", false),
  NUMBERS_QUALIFIER("numbers.qualifier", "A number's qualifier says otherwise in the translation (about, at most, at least)", false),
  NUMBERS_CONVERTED("numbers.converted", "A quantity is converted to other units and checks out (information)", true),
  TRANSLATION_INCOMPLETE("translation.incomplete", "A translation stops early: it ends on a word that leads on, or nothing in it renders the words its English ends with", false),
  LENGTH_OUTLIER("length.outlier", "A translation is far shorter or longer than the document's norm", false);

  private final String id;
  private final String description;
  private final boolean informational;

  RuleId(String id, String description, boolean informational) {
    this.id = id;
    this.description = description;
    this.informational = informational;
  }

  /** The id as reports write it: {@code terminology.missing}. */
  public String id() {
    return id;
  }

  public String description() {
    return description;
  }

  /** Whether the rule only informs (merges, splits, uncertain links), so no test case fails on it. */
  public boolean informational() {
    return informational;
  }

  public static Optional<RuleId> of(String id) {
    return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
  }

  @Override
  public String toString() {
    return id;
  }
}
