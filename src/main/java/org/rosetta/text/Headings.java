package org.rosetta.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a document's headings are in its extracted text, as UTF-16 char ranges: a document
 * format says which paragraphs are headings, plain text does not.
 *
 * @param ranges start (inclusive) and end (exclusive) of each heading, in text order
 */
public record Headings(List<Range> ranges) {
  public static final Headings NONE = new Headings(List.of());

  /** A heading's chars in the text. */
  public record Range(int start, int end) {
    public Range {
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("bad heading range " + start + ".." + end);
      }
    }
  }

  public Headings {
    ranges = List.copyOf(ranges);
  }

  /** Whether the char at {@code offset} is in a heading. */
  public boolean contains(int offset) {
    for (Range range : ranges) {
      if (offset >= range.start() && offset < range.end()) {
        return true;
      }
    }
    return false;
  }

  public boolean isEmpty() {
    return ranges.isEmpty();
  }

  /** Written as stored: {@code start-end} pairs separated by commas, e.g. {@code 0-24,310-342}. */
  public String encoded() {
    List<String> parts = new ArrayList<>();
    ranges.forEach(r -> parts.add(r.start() + "-" + r.end()));
    return String.join(",", parts);
  }

  /** Reads what {@link #encoded()} wrote; null or empty is no headings. */
  public static Headings decode(String encoded) {
    if (encoded == null || encoded.isBlank()) {
      return NONE;
    }
    List<Range> ranges = new ArrayList<>();
    for (String part : encoded.split(",")) {
      String[] bounds = part.split("-");
      ranges.add(new Range(Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1])));
    }
    return new Headings(ranges);
  }
}
