package org.rosetta.lang;

import java.math.BigDecimal;
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
  /**
   * Groups split by a space are one number only as thousands ("5 000 000"): "2008 400" (a year
   * and a list's name) and "par-3 16th" stay two numbers.
   */
  private static final Pattern NUMBER =
      Pattern.compile("(?<!\\d)(?:\\d{1,3}(?:[\\u00A0\\u202F ]\\d{3})+(?!\\d)(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)*)");
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

  /**
   * Digits only, with a trailing group of one or two digits kept apart as decimals, and no zeros
   * after the last significant decimal ("3.50" = "3,5").
   */
  static String value(String number) {
    String[] groups = number.split(SEPARATORS);
    if (groups.length > 1 && groups[groups.length - 1].length() < 3) {
      String decimal = String.join("", Arrays.copyOf(groups, groups.length - 1)) + "." + groups[groups.length - 1];
      return new BigDecimal(decimal).stripTrailingZeros().toPlainString();
    }
    return String.join("", groups);
  }
}
