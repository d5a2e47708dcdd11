package org.rosetta.lang;

/**
 * A number written in digits, as found in a text.
 *
 * @param start UTF-16 offset, inclusive
 * @param end UTF-16 offset, exclusive
 * @param text as written ("1 500", "2,5")
 * @param value digits only, decimals after a point, whatever the separators ("1500", "2.5")
 */
public record WrittenNumber(int start, int end, String text, String value) {}
