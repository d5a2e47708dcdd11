package org.rosetta.lang;

import java.util.List;
import java.util.Set;
import org.rosetta.lang.quantity.NumberWords;
import org.rosetta.lang.quantity.Quantity;
import org.rosetta.lang.quantity.QuantityReader;
import org.rosetta.text.Lang;

/**
 * What is particular to one language, in one place: how its words are keyed for learning word
 * translations, how its numbers are written, which abbreviations do not end its sentences. Segmenting, term matching and checks read the same class, so adding a language is
 * one implementation of this interface.
 */
public interface Language {
  Lang lang();

  /**
   * The words of a text as the lexicon counts them, in text order, repeats kept: lower case, the
   * inflection or clitics cut away, so that every form of a word is counted as one.
   */
  List<String> lexicalKeys(String text);

  /**
   * Words ending in a full stop that do not end a sentence here, lower case ("mr.", "т.е."); "т. е."
   * written with a space is listed without it.
   */
  Set<String> abbreviations();

  /**
   * Whether a word ending in a full stop that is not in {@link #abbreviations} still continues its
   * sentence, judged by the text before it: Russian "им." after a named thing ("университет им.").
   * Initials ("В.", "J.") are handled for every language.
   */
  default boolean abbreviatesInContext(String lastWordLower, String before) {
    return false;
  }

  /**
   * Words that never end a sentence here, lower case: prepositions and conjunctions, which always
   * lead to words after them. A translation ending on one has been cut short ("…в соответствии с.").
   */
  default Set<String> neverLast() {
    return Set.of();
  }

  /** Whether a capital letter and a full stop is an initial here: English "I." is a word. */
  default boolean isInitial(String word) {
    return word.length() == 2 && Character.isUpperCase(word.codePointAt(0));
  }

  /** The numbers written in digits in a text, read with the language's separators. */
  default List<WrittenNumber> numbers(String text) {
    return NumberReader.read(text);
  }

  /** The language's number words, magnitudes, units and times of day. */
  NumberWords numberWords();

  /**
   * The quantities of a text as the language writes them: digits, number words, Roman numerals,
   * units, clock times, decades ({@link QuantityReader}).
   */
  default List<Quantity> quantities(String text) {
    return QuantityReader.read(text, numberWords());
  }

  /** The implementation for a language. */
  static Language of(Lang lang) {
    return switch (lang) {
      case EN -> English.INSTANCE;
      case RU -> Russian.INSTANCE;
      case HE -> Hebrew.INSTANCE;
    };
  }
}
