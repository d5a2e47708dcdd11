package org.rosetta.lang;

/**
 * How far one use of Hebrew words cuts the clitic prefixes written onto them (ו ה ב ל מ ש כ: and,
 * the, in, to, from, that, as): at most {@code prefixes} of the given {@code letters}, leaving at
 * least {@code stem} letters. Each use has its own cut, named in {@link Hebrew}, because how much a
 * cut may take depends on what a wrong cut costs there: a key of the lexicon merges words, a
 * reading of a name only offers one more candidate.
 */
public record CliticCut(int prefixes, int stem, String letters) {
  public CliticCut {
    if (prefixes < 0 || stem < 1 || letters.isEmpty()) {
      throw new IllegalArgumentException("a clitic cut needs prefixes ≥ 0, stem ≥ 1 and some letters");
    }
  }

  /** How many of the word's first letters this cut takes away at most. */
  int leading(String word) {
    int p = 0;
    while (p < prefixes && word.length() - (p + 1) >= stem && letters.indexOf(word.charAt(p)) >= 0) {
      p++;
    }
    return p;
  }
}
