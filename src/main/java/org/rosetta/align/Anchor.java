package org.rosetta.align;

/** One piece of lexical evidence in a sentence: its kind and a value comparable across languages. */
public record Anchor(AnchorKind kind, String value) {}
