package org.rosetta.text;

/** A {@code [start, end)} range of code points in the text that holds segment {@code segment}. */
public record Span(String segment, int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
