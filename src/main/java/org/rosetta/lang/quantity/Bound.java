package org.rosetta.lang.quantity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a qualifier before a number says of the amount: "about 10", "nearly 10", "up to 10", "more
 * than 10". A translation may drop or add one ("some 150" → "150") and render "up to" or "over" as
 * "about" (professional translators do, FLORES shows), but not turn a bound around ("more than
 * 10" → "не более 10") or make "nearly" a bound ("not far off 10 percent" → "не более 10%").
 */
public enum Bound {
  NONE,
  ABOUT,
  ALMOST,
  AT_MOST,
  AT_LEAST;

  /** How a message names it. */
  public String words() {
    return switch (this) {
      case NONE -> "";
      case ABOUT -> "about";
      case ALMOST -> "nearly";
      case AT_MOST -> "at most";
      case AT_LEAST -> "at least";
    };
  }

  /**
   * Whether an English amount so qualified is misrendered with the translation's qualifier: a
   * bound turned around, or "nearly" widened into a bound ("nearly 10" is not "at most 10", which
   * may be 2). "Up to 30" rendered "почти 30" only narrows it and is left alone.
   */
  public boolean misrenderedAs(Bound translation) {
    return switch (this) {
      case AT_MOST -> translation == AT_LEAST;
      case AT_LEAST -> translation == AT_MOST || translation == ALMOST;
      case ALMOST -> translation == AT_MOST || translation == AT_LEAST;
      default -> false;
    };
  }

  /** Patterns of one language, each matched against the text that ends right before the number. */
  record Words(Pattern about, Pattern almost, Pattern atMost, Pattern atLeast) {
    /** The bound whose words start earliest, so the longest phrase wins: "не более" over "более", "no less than" over "less than". */
    Bound before(CharSequence text) {
      Bound found = NONE;
      int start = Integer.MAX_VALUE;
      for (Bound bound : new Bound[] {ABOUT, ALMOST, AT_MOST, AT_LEAST}) {
        Matcher m = (bound == ABOUT ? about : bound == ALMOST ? almost : bound == AT_MOST ? atMost : atLeast).matcher(text);
        if (m.find() && m.start() < start) {
          start = m.start();
          found = bound;
        }
      }
      return found;
    }

    /** A pattern of alternatives that must end the text, after a word boundary, spaces and a hyphen allowed between. */
    static Pattern ending(String alternatives) {
      return Pattern.compile("(?<![\\p{L}])(?:" + alternatives + ")[\\s\\u00A0\\-־]*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
  }
}
