package org.rosetta.detect;

import com.ibm.icu.lang.UScript;
import java.util.HashMap;
import java.util.Map;

/**
 * What a text's letters say before any model is asked: how many letters and words, the script
 * most of its letters are written in (an ICU script code), that script's share of the letters,
 * and the distinct lower-case letters of that script.
 */
record LetterStats(int letters, int words, int script, double scriptShare, String scriptLetters) {

  static LetterStats of(String text) {
    int letters = 0;
    int words = 0;
    boolean inWord = false;
    Map<Integer, Integer> perScript = new HashMap<>();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      boolean letter = Character.isLetter(cp);
      if (letter) {
        letters++;
        perScript.merge(UScript.getScript(cp), 1, Integer::sum);
        if (!inWord) {
          words++;
        }
      }
      inWord = letter || (inWord && (cp == '\'' || cp == '-' || cp == '\u2019' || cp == '"'));
      i += Character.charCount(cp);
    }
    if (letters == 0) {
      return new LetterStats(0, 0, UScript.INVALID_CODE, 0, "");
    }
    Map.Entry<Integer, Integer> most = perScript.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
    return new LetterStats(letters, words, most.getKey(), most.getValue() / (double) letters, lettersOf(text, most.getKey()));
  }

  private static String lettersOf(String text, int script) {
    StringBuilder distinct = new StringBuilder();
    text.toLowerCase(java.util.Locale.ROOT)
        .codePoints()
        .filter(cp -> Character.isLetter(cp) && UScript.getScript(cp) == script)
        .distinct()
        .forEach(distinct::appendCodePoint);
    return distinct.toString();
  }
}
