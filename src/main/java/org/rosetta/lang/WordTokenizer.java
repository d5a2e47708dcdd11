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
   * noun ("l'invitation": l, invitation), an English contraction ("it's": it, s). For telling
   * languages apart by their function words, which those joins hide.
   */
  public static List<String> partsApart(String text) {
    List<String> parts = new ArrayList<>();
    for (Token token : tokenize(text)) {
      int from = 0;
      String word = token.surface();
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

  private static boolean isWordChar(int cp) {
    return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
  }

  private static boolean isInnerMark(int cp) {
    return cp == '\'' || cp == '\u2019' || cp == '"' || cp == '\u05F3' || cp == '\u05F4';
  }
}
