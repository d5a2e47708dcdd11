package org.rosetta.lang.quantity;

import java.util.OptionalDouble;

/**
 * What one language's {@link QuantityReader} must know: its number words, the words that multiply
 * ("thousand", "тыс.", "מאות"), and how it writes units and times ({@link Writing}).
 */
public interface NumberWords {
  /** The value of a cardinal or ordinal number word, lower case ("twelve", "четырьмя", "השלושה"). */
  OptionalDouble value(String word);

  /**
   * The factor of a word that multiplies what comes before it ("hundred" 100, "thousand", "тысяч",
   * "млн", "אלפים" 1000...). Words that are numbers by themselves ("сто", "מאה") are {@link #value}s.
   */
  OptionalDouble multiplier(String word);

  /** A word that may join the parts of one number ("one hundred and five"). */
  default boolean joins(String word) {
    return false;
  }

  /** Its unit names, its marks of the half of the day, its "and a half". */
  Writing writing();

  /** An article that stands for "one" before a unit ("a mile"). */
  default boolean isIndefiniteArticle(String word) {
    return false;
  }

  /** Whether the language writes decades as "the 1980s". */
  default boolean decadesWithS() {
    return false;
  }

  /** What a qualifier ending the text before a number says of it ("up to", "не более", "לפחות"). */
  default Bound bound(CharSequence before) {
    return Bound.NONE;
  }

  /** Its month names, which make a day beside them a date. */
  default MonthNames months() {
    return MonthNames.NONE;
  }

  /** Whether a lone Latin "I" in this language's text is the Roman one (not the English pronoun). */
  default boolean loneRomanI() {
    return true;
  }
}
