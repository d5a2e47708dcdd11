package org.rosetta.lang.quantity;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * A language's month names as CLDR writes them (through ICU4J), wide and abbreviated, in the
 * forms a date uses and the forms that stand alone ("апреля", "апрель", "апр."): a day written
 * beside one is a date, and a translation that keeps the day but changes the month is a slip.
 */
public final class MonthNames {
  /** For a language that names no month. */
  public static final MonthNames NONE = new MonthNames(Map.of(), false, List::of);

  private final Map<String, Integer> months;
  private final boolean capitalised;
  private final Function<String, List<String>> readings;

  private MonthNames(Map<String, Integer> months, boolean capitalised, Function<String, List<String>> readings) {
    this.months = months;
    this.capitalised = capitalised;
    this.readings = readings;
  }

  /**
   * @param capitalised whether a month name is written with a capital (English "May", not "may")
   * @param readings the ways a word may be read as a name: itself, and in Hebrew without the
   *     letters joined to its front ("במרץ")
   */
  static MonthNames of(ULocale locale, boolean capitalised, Function<String, List<String>> readings) {
    DateFormatSymbols symbols = new DateFormatSymbols(locale);
    Map<String, Integer> months = new HashMap<>();
    for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
      for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
        String[] names = symbols.getMonths(context, width);
        for (int m = 0; m < 12; m++) {
          String name = names[m].replace(".", "");
          if (capitalised ? name.length() >= 3 : name.length() >= 2) {
            months.putIfAbsent(capitalised ? name : name.toLowerCase(Locale.ROOT), m + 1);
          }
        }
      }
    }
    return new MonthNames(Map.copyOf(months), capitalised, readings);
  }

  /**
   * Whether a date may name its month before the day ("March 15"): English does; Russian and
   * Hebrew put it after ("15 марта", "15 במרץ"), and a word before a number there is no month
   * ("הבמאי 15" is "the director 15", not "15 May").
   */
  public boolean beforeDay() {
    return capitalised;
  }

  /** The month (1–12) a word names, with a trailing full stop or joined clitics. */
  public OptionalInt month(String word) {
    String key = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    if (!capitalised) {
      key = key.toLowerCase(Locale.ROOT);
    }
    for (String reading : readings.apply(key)) {
      Integer month = months.get(reading);
      if (month != null) {
        return OptionalInt.of(month);
      }
    }
    return OptionalInt.empty();
  }
}
