package org.rosetta.lang.quantity;

import java.util.regex.Pattern;

/** How a language writes a unit after a number: a pattern read right after the number. */
public record UnitName(Pattern pattern, Unit unit) {
  /** A unit name as a case-insensitive pattern that must end at a word boundary. */
  public static UnitName of(String regex, Unit unit) {
    return new UnitName(
        Pattern.compile("(?:" + regex + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), unit);
  }
}
