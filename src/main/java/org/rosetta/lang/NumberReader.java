package org.rosetta.lang;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers written in digits the way the three languages write them: English "1,500.5",
 * Russian "1 500,5" (with a space, no-break space or narrow no-break space between groups), Hebrew
 * like English. A last group of one or two digits is decimals, of three a thousands group:
 * "1,500" = "1 500" = 1500, "2.5" = "2,5" = 2.5. The aligner's anchors and the number check read
 * numbers with this one class, so they agree.
 */
public final class NumberReader {
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,\\u00A0\\u202F ]\\d+)*");
  private static final String SEPARATORS = "[.,\\u00A0\\u202F ]";

  private NumberReader() {}

  public static List<WrittenNumber> read(String text) {
    List<WrittenNumber> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      out.add(new WrittenNumber(m.start(), m.end(), m.group(), value(m.group())));
    }
    return out;
  }

  /** Digits only, with a trailing group of one or two digits kept apart as decimals. */
  static String value(String number) {
    String[] groups = number.split(SEPARATORS);
    if (groups.length > 1 && groups[groups.length - 1].length() < 3) {
      return String.join("", Arrays.copyOf(groups, groups.length - 1)) + "." + groups[groups.length - 1];
    }
    return String.join("", groups);
  }
}
