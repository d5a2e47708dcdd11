package org.rosetta.lang.quantity;

import java.util.List;
import java.util.Optional;

/**
 * A quantity as a text writes it: "1,500", "3 p.m.", "twenty-four", "XV", "15 miles", "the
 * 1980s", "400 тысяч", "שנות השמונים".
 *
 * @param start UTF-16 offset, inclusive
 * @param end UTF-16 offset, exclusive
 * @param text as written
 * @param readings the values it may stand for; a translation must render one of them
 * @param companions further numbers a translator may write beside it without adding anything
 *     (the century of a decade, the hour of a time, the parts of "6 feet 6 inches")
 * @param unit its unit, when one follows it
 * @param precision half the unit of its last written digit ("1.6" → 0.05), for rounding
 * @param source where it comes from: digits are checked both ways; words, Roman numerals and codes
 *     only help to match
 * @param month when it is the day of a date ("15 March"), the month, 1–12; else 0
 * @param bound what a qualifier before it says ("up to 10": at most)
 */
public record Quantity(
    int start,
    int end,
    String text,
    List<Reading> readings,
    List<Reading> companions,
    Optional<Unit> unit,
    double precision,
    Source source,
    int month,
    Bound bound) {

  /** How a quantity is written, which decides whether its absence is worth an alarm. */
  public enum Source {
    /** Digits: "1,500", "9:30", "1980s". Missing or new digits are reported. */
    DIGITS,
    /**
     * Number words and Roman numerals ("twelve", "четырьмя", "XV"): they match digits of the other
     * side, but translators drop and add them freely ("one cent" → "цент").
     */
    WORDS,
    /** Digits inside a name or code ("COVID-19", "WW1", "KV62"), which a translation may rename. */
    CODE
  }

  public Quantity {
    readings = List.copyOf(readings);
    companions = List.copyOf(companions);
  }

  /** Whether its absence from the other side is reported. */
  public boolean checked() {
    return source == Source.DIGITS;
  }

  /** The value as written, its first reading. */
  public double value() {
    return readings.get(0).value();
  }
}
