package org.rosetta.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rosetta.lang.quantity.HebrewNumbers;
import org.rosetta.lang.quantity.NumberWords;
import org.rosetta.text.Lang;

/**
 * Hebrew: letters without points and final forms ({@link HebrewLetters}), and the clitic prefixes
 * ו ה ב ל מ ש כ written onto words, cut as far as each use allows: the uses' cuts are this class's
 * {@link CliticCut} constants, one table for every part of Rosetta that reads Hebrew words.
 */
public final class Hebrew implements Language {
  /** Prepositions and conjunctions written as words of their own, which cannot stand last. The one-letter ones (ב ל מ ש ו ה כ) are written onto the next word. */
  private static final Set<String> NEVER_LAST = Set.of("של", "את", "על", "עם", "אל", "כי", "אשר", "או", "כמו", "בין", "אבל", "אך", "כאשר", "כדי", "בעקבות", "מול", "ליד", "אצל", "עבור", "למען", "בגלל", "לגבי", "אודות");
  static final Hebrew INSTANCE = new Hebrew();
  private static final Set<String> ABBREVIATIONS = Set.of("עמ.", "פרופ.", "רח.", "מס.", "וכו.");

  private static final String CLITICS = "והבלמשכ";

  /** The most clitic letters a word carries: ו כ ש ה in "וכשהגיע". */
  private static final int MAX_CLITICS = 3;

  /**
   * The lexicon's keys: two letters cut from words that keep three, so that "ובארץ" and "הארץ" are
   * one word, "ארץ", while "ברא" (created), which only looks prefixed, keeps its letters: three
   * letters is the common root.
   */
  public static final CliticCut LEXICON = new CliticCut(2, 3, CLITICS);

  /** An anchor's key: two letters cut from words that keep four, which are rarely mistaken. */
  public static final CliticCut ANCHOR = new CliticCut(2, 4, CLITICS);

  /** A word read as a name the aligner anchors on, every way it may be cut (a wrong reading only adds a candidate). */
  public static final CliticCut NAME_READING = new CliticCut(2, 3, CLITICS);

  /** A name looked for in a translation ("לקישינגר"): two letters, down to a two-letter name. */
  public static final CliticCut NAME_CHECK = new CliticCut(2, 2, CLITICS);

  /** A country or city name of the world's names, down to its first letter ("בצרפת"). */
  public static final CliticCut WORLD_NAME = new CliticCut(2, 1, CLITICS);

  /**
   * A glossary term or a number word: all three letters a word can carry ("וכשהממשלה"), down to
   * two letters ("שש", six).
   */
  public static final CliticCut TERM = new CliticCut(MAX_CLITICS, 2, CLITICS);

  /** A month's name ("ובמרץ"): and, in, to, the, from; two at most. */
  public static final CliticCut MONTH = new CliticCut(2, 1, "ובלהמ");

  /**
   * Words paired by their spelling across a document: only "and" and "the", as many as there are,
   * since the other clitics change a word's meaning too much.
   */
  public static final CliticCut AND_THE = new CliticCut(Integer.MAX_VALUE, 3, "וה");

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
      out.add(withoutClitics(word, LEXICON));
    }
    return out;
  }

  /** The word without the clitic letters this cut takes. */
  public static String withoutClitics(String word, CliticCut cut) {
    return word.substring(cut.leading(word));
  }

  /**
   * The word as written and without its first 1, 2… letters, as long as each letter cut is one the
   * cut allows: "ובארץ" → ובארץ, בארץ, ארץ.
   */
  public static List<String> cliticReadings(String word, CliticCut cut) {
    int clitics = cut.leading(word);
    List<String> out = new ArrayList<>(clitics + 1);
    for (int p = 0; p <= clitics; p++) {
      out.add(word.substring(p));
    }
    return out;
  }
}
