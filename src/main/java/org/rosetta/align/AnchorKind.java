package org.rosetta.align;

/**
 * Kinds of lexical evidence that two sentences are translations, with how much a shared anchor
 * lowers a link's cost and how much an anchor left without its counterpart raises it. Weights
 * were set on the development documents of {@code data/bible-en-ru-he} with the {@code eval}
 * command.
 */
public enum AnchorKind {
  /** A number written in digits. */
  NUMBER(2.0, 1.0),
  /** A proper name, compared across scripts by its consonant skeleton. */
  NAME(1.6, 0.6),
  /** A country, month or weekday, as CLDR names it in each language ({@link WorldNames}). */
  WORLD_NAME(1.6, 0.6),
  /** A long word whose consonants begin like another's: "dramatic" / "драматических" / "דרמטיות". */
  COGNATE(0.8, 0.1),
  /** A glossary concept. */
  TERM(2.5, 1.2),
  /** A question mark. */
  QUESTION(1.0, 0.8),
  /** An opening or closing quotation mark at the edge of a sentence. */
  QUOTE(0.6, 0.4),
  /** The first sentence of a paragraph, when both texts break paragraphs alike. */
  PARAGRAPH(1.5, 1.0),
  /** A speaker label such as "Prime Minister Netanyahu:". */
  LABEL(3.0, 2.0),
  /** A word pair the document taught ({@link DocumentDictionary}). */
  LEARNED(1.0, 0.3),
  /** A Latin-script word found in both texts: a name left in Latin, or an untranslated sentence. */
  WORD(0.8, 0.0);

  private final double match;
  private final double miss;

  AnchorKind(double match, double miss) {
    this.match = match;
    this.miss = miss;
  }

  public double match() {
    return match;
  }

  public double miss() {
    return miss;
  }
}
