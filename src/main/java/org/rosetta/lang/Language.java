package org.rosetta.lang;

import java.util.List;
import org.rosetta.text.Lang;

/**
 * What is particular to one language, in one place: how its words are keyed for learning word
 * translations, how its numbers are written. Segmenting, term matching and checks read the same class, so adding a language is
 * one implementation of this interface.
 */
public interface Language {
  Lang lang();

  /**
   * The words of a text as the lexicon counts them, in text order, repeats kept: lower case, the
   * inflection or clitics cut away, so that every form of a word is counted as one.
   */
  List<String> lexicalKeys(String text);

  /** The numbers written in digits in a text, read with the language's separators. */
  default List<WrittenNumber> numbers(String text) {
    return NumberReader.read(text);
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
