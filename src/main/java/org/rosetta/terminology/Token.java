package org.rosetta.terminology;

/** A word of a text, with its UTF-16 offsets in that text. */
record Token(String surface, int start, int end) {}
