package org.rosetta.text;

import java.util.Objects;

/**
 * Which segment: its language and its 1-based number in its text. Written {@code ru-4} at the
 * edges (reports, URLs, the API, stored findings) and nowhere else.
 *
 * @param number 1-based, as a reviewer counts
 */
public record SegmentId(Lang lang, int number) implements Comparable<SegmentId> {
  public SegmentId {
    Objects.requireNonNull(lang, "lang");
    if (number < 1) {
      throw new IllegalArgumentException("segment numbers start at 1: " + number);
    }
  }

  /** The id of the segment at a 0-based position in its text. */
  public static SegmentId at(Lang lang, int index) {
    return new SegmentId(lang, index + 1);
  }

  /**
   * Reads {@code ru-4}.
   *
   * @throws IllegalArgumentException saying what is wrong, when it is not a segment id of a
   *     language Rosetta checks
   */
  public static SegmentId parse(String id) {
    int dash = id.lastIndexOf('-');
    if (dash < 1 || dash == id.length() - 1) {
      throw new IllegalArgumentException(id + " is not a segment id such as ru-4");
    }
    Lang lang = Lang.find(id.substring(0, dash)).orElse(null);
    String digits = id.substring(dash + 1);
    if (lang == null || digits.length() > 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9') || Integer.parseInt(digits) < 1) {
      throw new IllegalArgumentException(id + " is not a segment id such as ru-4");
    }
    return new SegmentId(lang, Integer.parseInt(digits));
  }

  /** Ids as a reviewer reads them in a line: {@code en-3 ru-3 ru-4}. */
  public static String spaced(java.util.Collection<SegmentId> ids) {
    return String.join(" ", ids.stream().map(SegmentId::toString).toList());
  }

  /** Ids as a message lists them: {@code ru-2, ru-3}. */
  public static String listed(java.util.Collection<SegmentId> ids) {
    return String.join(", ", ids.stream().map(SegmentId::toString).toList());
  }

  /** 0-based position in its text. */
  public int index() {
    return number - 1;
  }

  @Override
  public int compareTo(SegmentId other) {
    int byLang = lang.compareTo(other.lang);
    return byLang != 0 ? byLang : Integer.compare(number, other.number);
  }

  @Override
  public String toString() {
    return lang.code() + "-" + number;
  }
}
