package org.rosetta.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words: runs of letters, digits and combining marks, with apostrophes and
 * Hebrew geresh/gershayim kept inside a word (it's, צ'ק, ד"ר). Hyphens and the Hebrew maqaf
 * separate words, so "премьер-министра" is matched word by word like "премьер-министр".
 */
public final class WordTokenizer {
  private WordTokenizer() {}

  public static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      int end = i;
      while (i < n) {
        cp = text.codePointAt(i);
        if (isWordChar(cp)) {
          i += Character.charCount(cp);
          end = i;
        } else if (isInnerMark(cp) && i + 1 < n && isWordChar(text.codePointAt(i + 1)) && end == i) {
          i += Character.charCount(cp);
        } else {
          break;
        }
      }
      tokens.add(new Token(text.substring(start, end), start, end));
      i = Math.max(i, end);
    }
    return tokens;
  }

  /**
   * The words of a text with what an apostrophe joins read apart: a French article elided onto its
   * noun ("l'invitation": l, invitation), an English contraction ("it's": it, s), and without
   * stress marks ({@link #withoutStress}). For telling languages apart by their function words and
   * dictionaries, which those joins and marks hide.
   */
  public static List<String> partsApart(String text) {
    List<String> parts = new ArrayList<>();
    for (Token token : tokenize(text)) {
      int from = 0;
      String word = withoutStress(token.surface());
      for (int i = 0; i < word.length(); i++) {
        if (word.charAt(i) == '\'' || word.charAt(i) == '\u2019') {
          parts.add(word.substring(from, i));
          from = i + 1;
        }
      }
      parts.add(word.substring(from));
    }
    return parts;
  }

  /**
   * A word without the stress marks of Russian textbooks and name guides ("что́", "Пу́тин"): a
   * combining acute or grave that no letter takes as its own, once letters that have one composed
   * with it (a French "é" written as e and an accent stays "é").
   */
  static String withoutStress(String word) {
    if (word.indexOf(STRESS) < 0 && word.indexOf(GRAVE) < 0) {
      return word;
    }
    String composed = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFC);
    return composed.replace(STRESS, "").replace(GRAVE, "");
  }

  private static final String STRESS = "\u0301";
  private static final String GRAVE = "\u0300";

  private static boolean isWordChar(int cp) {
    return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
  }

  private static boolean isInnerMark(int cp) {
    return cp == '\'' || cp == '\u2019' || cp == '"' || cp == '\u05F3' || cp == '\u05F4';
  }
}
