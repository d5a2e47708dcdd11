package org.rosetta.lexicon;

/**
 * A sentence's words as a lexicon sees them: the ids of those it knows, in text order, and how
 * many it has never seen.
 */
public record KnownWords(int[] ids, int unknown) {}
