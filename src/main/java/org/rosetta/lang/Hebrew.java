package org.rosetta.lang;

import java.util.ArrayList;
import java.util.List;
import org.rosetta.text.HebrewClitics;
import org.rosetta.text.HebrewLetters;
import org.rosetta.text.Lang;

/**
 * Hebrew: letters without points and final forms ({@link HebrewLetters}), and for the lexicon the
 * clitic prefixes ו ה ב ל מ ש כ cut away, up to {@link #LEXICAL_PREFIXES} of them while at least
 * {@link #LEXICAL_STEM} letters remain: "ובארץ" and "הארץ" are one word, "ארץ". A word that only
 * looks prefixed ("ברא", created) keeps its letters, since three letters is the common root.
 */
public final class Hebrew implements Language {
  static final Hebrew INSTANCE = new Hebrew();
  /** The most clitic letters a word can carry: ו כ ש ה in "וכשהגיע". */
  public static final int MAX_CLITICS = 3;

  static final int LEXICAL_PREFIXES = 2;
  static final int LEXICAL_STEM = 3;

  private Hebrew() {}

  @Override
  public Lang lang() {
    return Lang.HE;
  }

  @Override
  public List<String> lexicalKeys(String text) {
    List<String> out = new ArrayList<>();
    for (Token token : WordTokenizer.tokenize(text)) {
      String word = HebrewLetters.normalize(token.surface());
      if (word.isEmpty() || !Character.isLetter(word.codePointAt(0))) {
        continue;
      }
      out.add(withoutClitics(word, LEXICAL_PREFIXES, LEXICAL_STEM));
    }
    return out;
  }

  /** The word without up to {@code prefixes} clitic letters, keeping at least {@code stem} letters. */
  public static String withoutClitics(String word, int prefixes, int stem) {
    int p = 0;
    while (p < prefixes && word.length() - p > stem && HebrewClitics.isPrefix(word.charAt(p))) {
      p++;
    }
    return word.substring(p);
  }
}
