package org.rosetta.lang.ru;

/** Number and case: what a replacement word copies from the word it replaces ("исламом": singular, instrumental). */
public record Inflection(boolean plural, GrammaticalCase grammaticalCase) {}
