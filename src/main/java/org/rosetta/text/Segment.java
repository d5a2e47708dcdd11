package org.rosetta.text;

/**
 * One sentence (or speaker label) of a text.
 *
 * @param index 0-based position within its text
 * @param start offset of the first code point in the text (BOM removed), inclusive
 * @param end offset after the last code point, exclusive
 * @param charStart the same start in UTF-16 chars, for slicing Java strings
 * @param paragraph 1-based paragraph number (paragraphs are separated by blank lines)
 */
public record Segment(
    Lang lang,
    int index,
    int start,
    int end,
    int charStart,
    String text,
    int paragraph,
    SegmentKind kind) {

  /** Which segment this is: {@code ru-4} at the edges. */
  public SegmentId id() {
    return SegmentId.at(lang, index);
  }

  /** Length in letters and digits: the measure the aligner compares across languages. */
  public int letterCount() {
    int n = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        n++;
      }
      i += Character.charCount(cp);
    }
    return n;
  }

  /** Letters written in a script (Latin letters of an English word left in a Russian sentence). */
  public int lettersIn(Character.UnicodeScript script) {
    return (int) text.codePoints().filter(cp -> Character.isLetter(cp) && Character.UnicodeScript.of(cp) == script).count();
  }

  /** The ids of segments, in their order. */
  public static java.util.List<SegmentId> ids(java.util.List<Segment> segments) {
    return segments.stream().map(Segment::id).toList();
  }

  /** The ids of segments as a message lists them: {@code ru-2, ru-3}. */
  public static String listedIds(java.util.List<Segment> segments) {
    return SegmentId.listed(ids(segments));
  }

  /** The texts of consecutive segments as one, a space between: the text of a link's side. */
  public static String joinedText(java.util.List<Segment> segments) {
    return String.join(" ", segments.stream().map(Segment::text).toList());
  }

  /** Code-point span of a part of this segment given in UTF-16 offsets within {@link #text()}. */
  public Span spanOf(int charFrom, int charTo) {
    int from = start + text.codePointCount(0, charFrom);
    return new Span(id(), from, from + text.codePointCount(charFrom, charTo));
  }
}
