package org.rosetta.lang;

/** A word of a text, with its UTF-16 offsets in that text. */
public record Token(String surface, int start, int end) {}
