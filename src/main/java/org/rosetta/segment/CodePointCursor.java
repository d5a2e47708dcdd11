package org.rosetta.segment;

/**
 * Converts UTF-16 offsets into code-point offsets for offsets that only grow, in linear total
 * time (a per-call {@code codePointCount(0, i)} would be quadratic on a book).
 */
final class CodePointCursor {
  private final String text;
  private int charIndex;
  private int codePoints;

  CodePointCursor(String text) {
    this.text = text;
  }

  int at(int index) {
    if (index < charIndex) {
      return text.codePointCount(0, index);
    }
    codePoints += text.codePointCount(charIndex, index);
    charIndex = index;
    return codePoints;
  }
}
