package org.rosetta.text;

/** What a segment is: a sentence of running text, or a speaker label such as "Prime Minister Netanyahu:". */
public enum SegmentKind {
  SENTENCE,
  LABEL
}
