package org.rosetta.text;

/** A {@code [start, end)} range of code points in the text that holds segment {@code segment}. */
public record Span(SegmentId segment, int start, int end) {
  public Span {
    java.util.Objects.requireNonNull(segment, "segment");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
