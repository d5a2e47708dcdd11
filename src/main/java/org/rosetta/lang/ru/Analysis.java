package org.rosetta.lang.ru;

/** One reading of a word form: its dictionary form (as the dictionary spells it, ё kept) and tag. */
public record Analysis(String lemma, RussianTag tag) {}
