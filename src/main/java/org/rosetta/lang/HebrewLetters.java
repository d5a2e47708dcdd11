package org.rosetta.lang;

import java.text.Normalizer;

/**
 * Hebrew letters as words are compared: without points or cantillation, without geresh and
 * gershayim, and with final letters written as medial ones, so that a word keeps its letters
 * when a suffix follows (יוון, ליוונית).
 */
public final class HebrewLetters {
  private HebrewLetters() {}

  public static String normalize(String word) {
    String nfd = Normalizer.normalize(word, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(nfd.length());
    for (int i = 0; i < nfd.length(); i++) {
      char c = nfd.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK || c == '\u05F3' || c == '\u05F4' || c == '\'' || c == '"') {
        continue;
      }
      sb.append(finalToMedial(c));
    }
    return Normalizer.normalize(sb, Normalizer.Form.NFC);
  }

  private static char finalToMedial(char c) {
    return switch (c) {
      case 'ך' -> 'כ';
      case 'ם' -> 'מ';
      case 'ן' -> 'נ';
      case 'ף' -> 'פ';
      case 'ץ' -> 'צ';
      default -> c;
    };
  }
}
