package org.rosetta.text;

/**
 * The one-letter Hebrew words written joined to the next word: ו (and), ה (the), ב (in), ל (to),
 * מ (from), ש (that), כ (as). Term matching, name anchors and the aligner's word pairs all strip
 * them, each as far as it can afford to.
 */
public final class HebrewClitics {
  private static final String PREFIX_LETTERS = "והבלמשכ";

  private HebrewClitics() {}

  public static boolean isPrefix(char c) {
    return PREFIX_LETTERS.indexOf(c) >= 0;
  }
}
