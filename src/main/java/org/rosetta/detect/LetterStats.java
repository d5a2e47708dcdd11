package org.rosetta.detect;

/** Letters, words and the share of Hebrew letters in a text: enough to decide when Lingua may not. */
record LetterStats(int letters, int words, double hebrewShare) {

  static LetterStats of(String text) {
    int letters = 0;
    int hebrew = 0;
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      boolean letter = Character.isLetter(cp);
      if (letter) {
        letters++;
        if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HEBREW) {
          hebrew++;
        }
        if (!inWord) {
          words++;
        }
      }
      inWord = letter || (inWord && (cp == '\'' || cp == '-' || cp == '\u2019' || cp == '"'));
      i += Character.charCount(cp);
    }
    return new LetterStats(letters, words, letters == 0 ? 0 : hebrew / (double) letters);
  }
}
