package org.rosetta.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rosetta.lang.quantity.HebrewNumbers;
import org.rosetta.lang.quantity.NumberWords;
import org.rosetta.text.Lang;

/**
 * Hebrew: letters without points and final forms ({@link HebrewLetters}), and for the lexicon the
 * clitic prefixes ו ה ב ל מ ש כ cut away, up to {@link #LEXICAL_PREFIXES} of them while at least
 * {@link #LEXICAL_STEM} letters remain: "ובארץ" and "הארץ" are one word, "ארץ". A word that only
 * looks prefixed ("ברא", created) keeps its letters, since three letters is the common root.
 */
public final class Hebrew implements Language {
  /** Prepositions and conjunctions written as words of their own, which cannot stand last. The one-letter ones (ב ל מ ש ו ה כ) are written onto the next word. */
  private static final Set<String> NEVER_LAST = Set.of("של", "את", "על", "עם", "אל", "כי", "אשר", "או", "כמו", "בין", "אבל", "אך", "כאשר", "כדי", "בעקבות", "מול", "ליד", "אצל", "עבור", "למען", "בגלל", "לגבי", "אודות");
  static final Hebrew INSTANCE = new Hebrew();
  private static final Set<String> ABBREVIATIONS = Set.of("עמ.", "פרופ.", "רח.", "מס.", "וכו.");

  /** The most clitic letters a word can carry: ו כ ש ה in "וכשהגיע". */
  public static final int MAX_CLITICS = 3;

  private static final String CLITICS = "והבלמשכ";
  private static final String AND_THE = "וה";

  static final int LEXICAL_PREFIXES = 2;
  static final int LEXICAL_STEM = 3;

  private Hebrew() {}

  @Override
  public Lang lang() {
    return Lang.HE;
  }

  @Override
  public NumberWords numberWords() {
    return HebrewNumbers.INSTANCE;
  }

  @Override
  public Set<String> neverLast() {
    return NEVER_LAST;
  }

  @Override
  public Set<String> abbreviations() {
    return ABBREVIATIONS;
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
    return word.substring(leadingClitics(word, prefixes, stem, CLITICS));
  }

  /**
   * The word as written and without its first 1, 2… letters, as long as each letter cut is one of
   * the clitics ו ה ב ל מ ש כ, at most {@code prefixes} of them, and at least {@code stem} letters
   * remain: "ובארץ" → ובארץ, בארץ, ארץ. Every use of clitics reads them here; how far each goes is its
   * own choice (term matching tries all three, the lexicon cuts two from long words only).
   */
  public static List<String> cliticReadings(String word, int prefixes, int stem) {
    int clitics = leadingClitics(word, prefixes, stem, CLITICS);
    List<String> out = new ArrayList<>(clitics + 1);
    for (int p = 0; p <= clitics; p++) {
      out.add(word.substring(p));
    }
    return out;
  }

  /**
   * The word without its leading "and" (ו) and "the" (ה), as many as there are, keeping at least
   * {@code stem} letters: the clitics that change a word's meaning least, for pairing words by
   * their spelling.
   */
  public static String withoutConjunctionAndArticle(String word, int stem) {
    return word.substring(leadingClitics(word, word.length(), stem, AND_THE));
  }

  /** Whether a letter is one of the clitics ו ה ב ל מ ש כ. */
  public static boolean isClitic(char c) {
    return CLITICS.indexOf(c) >= 0;
  }

  /** How many of the word's first letters are clitics that may be cut (the lexicon asks per word). */
  private static int leadingClitics(String word, int prefixes, int stem, String letters) {
    int p = 0;
    while (p < prefixes && word.length() - (p + 1) >= stem && letters.indexOf(word.charAt(p)) >= 0) {
      p++;
    }
    return p;
  }
}
