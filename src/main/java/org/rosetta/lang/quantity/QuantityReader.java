package org.rosetta.lang.quantity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rosetta.lang.NumberReader;
import org.rosetta.lang.Token;
import org.rosetta.lang.WordTokenizer;
import org.rosetta.lang.WrittenNumber;
import org.rosetta.lang.quantity.Quantity.Source;

/**
 * Reads the quantities of a text as a translator may have written them: digits with their
 * fractions ("29¾", "220 2/3"), magnitudes ("2.3 billion", "400 тысяч") and units ("15 miles",
 * "6-foot-6", "80 degrees"); clock times ("9:30 am", "1200 GMT", "15.00 UTC", "3 p.m."); decades
 * ("the 1980s"); number words in sequences ("twenty-four", "три тысячи", "עשרים וחמש"); Roman
 * numerals ("XV", "Louis XVI"). What is particular to a language comes from its {@link NumberWords}.
 */
public final class QuantityReader {
  private static final Pattern CLOCK = Pattern.compile("(?<![\\d.,:])(\\d{1,2}):(\\d{2})(?![\\d:])");
  private static final Pattern DOTTED_CLOCK = Pattern.compile("\\d{1,2}\\.\\d{2}");
  private static final Pattern FOUR_DIGIT_CLOCK = Pattern.compile("[0-2]\\d[0-5]\\d");
  private static final Pattern ZONE =
      Pattern.compile(
          "[\\s\\u00A0]*\\(?(?:GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AEST|AEDT|JST|MSK|Zulu)(?![\\p{L}])");
  /** "1200 hours": a four-digit time; "2.25 hours" is a duration. */
  private static final Pattern MILITARY_HOURS = Pattern.compile("[\\s\\u00A0]*(?:hours|hrs)(?![\\p{L}])");
  private static final Pattern GAP = Pattern.compile("[\\s\\u00A0\\u202F]*(?:-[\\s\\u00A0\\u202F]*)?");
  private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u202F]*");
  private static final Pattern NEXT_WORD = Pattern.compile("[\\s\\u00A0\\u202F]+(\\p{L}+\\.?)");
  private static final Pattern PREVIOUS_WORD = Pattern.compile("(\\p{L}+\\.?)[\\s\\u00A0\\u202F]+$");
  private static final Pattern SPACED_FRACTION = Pattern.compile("[ \\u00A0](\\d{1,2})/(\\d{1,2})(?![\\d/])");
  private static final Pattern FRACTION = Pattern.compile("/(\\d{1,2})(?![\\d/])");
  private static final Pattern DECADE = Pattern.compile("[’']?s(?![\\p{L}\\p{N}])");
  private static final Pattern ORDINAL_SUFFIX = Pattern.compile("(?:st|nd|rd|th|s)(?![\\p{L}])");
  private static final Pattern ROMAN = Pattern.compile("M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})");
  private static final String ROMAN_LETTERS = "IVXLCDM";
  private static final String YEAR_RANGE_DASHES = "-–—/";
  /** Characters before a number searched for a qualifier: the longest, "не более чем", with room to spare. */
  private static final int QUALIFIER_REACH = 32;
  private static final Set<String> RANGE_WORDS =
      Set.of("", "-", "–", "—", "to", "and", "or", "до", "и", "или", "по", "עד", "ל", "ו", "עד ל", "and/or");

  private QuantityReader() {}

  /** The quantities of a text, in text order. */
  public static List<Quantity> read(String text, NumberWords words) {
    List<Draft> drafts = new ArrayList<>();
    clocks(text, words, drafts);
    digits(text, words, drafts);
    numberWords(text, words, drafts);
    drafts.sort(Comparator.comparingInt(d -> d.start));
    shareRangeUnits(text, drafts);
    shortYearRanges(text, drafts);
    dates(text, words.months(), drafts);
    bounds(text, words, drafts);
    return drafts.stream().map(d -> d.quantity(text)).toList();
  }

  /** Times written with a colon, "9:30", "07:19 a.m.". */
  private static void clocks(String text, NumberWords words, List<Draft> drafts) {
    Matcher m = CLOCK.matcher(text);
    while (m.find()) {
      int hours = Integer.parseInt(m.group(1));
      int minutes = Integer.parseInt(m.group(2));
      if (hours > 24 || minutes > 59) {
        continue;
      }
      Mark mark = meridiem(text, m.end(), words);
      Draft d = new Draft(m.start(), mark.end(), Source.DIGITS);
      d.time(hours, minutes, mark.meridiem());
      drafts.add(d);
    }
  }

  private static void digits(String text, NumberWords words, List<Draft> drafts) {
    int consumed = 0;
    for (WrittenNumber n : NumberReader.read(text)) {
      if (n.start() < consumed || overlaps(drafts, n.start(), n.end())) {
        continue;
      }
      double value = Double.parseDouble(n.value());
      if (!Double.isFinite(value)) {
        continue;
      }
      Draft d = new Draft(n.start(), n.end(), Source.DIGITS);
      d.precision = precision(n.value());
      boolean integer = n.value().indexOf('.') < 0;
      Mark mark = meridiem(text, n.end(), words);
      Meridiem meridiem = mark.meridiem();
      if (DOTTED_CLOCK.matcher(n.text()).matches() && (meridiem != Meridiem.NONE || zoneAt(text, n.end())) && isClock(n.text().split("\\."))) {
        String[] parts = n.text().split("\\.");
        d.time(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), meridiem);
        d.end = mark.end();
        drafts.add(d);
        consumed = d.end;
        continue;
      }
      if (integer && FOUR_DIGIT_CLOCK.matcher(n.text()).matches() && (zoneAt(text, n.end()) || lookingAt(MILITARY_HOURS, text, n.end()))
          && isClock(new String[] {n.text().substring(0, 2), n.text().substring(2)})) {
        d.time(Integer.parseInt(n.text().substring(0, 2)), Integer.parseInt(n.text().substring(2)), Meridiem.NONE);
        d.readings.add(Reading.number(value));
        drafts.add(d);
        continue;
      }
      if (integer && value >= 1 && value <= 12 && meridiem != Meridiem.NONE) {
        d.time((int) value, 0, meridiem);
        d.end = mark.end();
        drafts.add(d);
        continue;
      }
      value = fractions(text, d, value, integer);
      if (words.decadesWithS() && integer && (n.text().length() == 4 || n.text().length() == 2) && lookingAt(DECADE, text, d.end)) {
        d.decade((int) value);
        d.end = matchEnd(DECADE, text, d.end);
        drafts.add(d);
        continue;
      }
      d.value = value;
      d.readings.add(Reading.number(value));
      magnitude(text, words, d);
      unit(text, words, d);
      if (d.unit.isEmpty() && isCode(text, n.start(), d.end)) {
        d.source = Source.CODE;
      }
      drafts.add(d);
      consumed = d.end;
    }
  }

  /** "29¾", "220 2/3", "2/3": the fraction joins its number. */
  private static double fractions(String text, Draft d, double value, boolean integer) {
    if (d.end < text.length() && Character.getType(text.charAt(d.end)) == Character.OTHER_NUMBER) {
      double fraction = com.ibm.icu.lang.UCharacter.getUnicodeNumericValue(text.charAt(d.end));
      if (fraction > 0 && fraction < 1) {
        d.end++;
        d.precision = 0.01;
        return value + fraction;
      }
    }
    if (!integer) {
      return value;
    }
    Matcher spaced = SPACED_FRACTION.matcher(text).region(d.end, text.length());
    if (spaced.lookingAt() && Integer.parseInt(spaced.group(1)) < Integer.parseInt(spaced.group(2))) {
      d.companions.add(Reading.number(value));
      d.end = spaced.end();
      d.precision = 0.01;
      return value + Double.parseDouble(spaced.group(1)) / Double.parseDouble(spaced.group(2));
    }
    Matcher over = FRACTION.matcher(text).region(d.end, text.length());
    if (over.lookingAt() && value > 0 && value < Integer.parseInt(over.group(1)) && Integer.parseInt(over.group(1)) <= 16) {
      d.companions.add(Reading.number(value));
      d.companions.add(Reading.number(Integer.parseInt(over.group(1))));
      d.end = over.end();
      d.precision = 0.01;
      return value / Integer.parseInt(over.group(1));
    }
    return value;
  }

  private static void magnitude(String text, NumberWords words, Draft d) {
    Matcher next = NEXT_WORD.matcher(text).region(d.end, text.length());
    if (!next.lookingAt()) {
      return;
    }
    String word = next.group(1).toLowerCase(Locale.ROOT);
    OptionalDouble factor = words.multiplier(word);
    if (factor.isEmpty() && word.endsWith(".")) {
      factor = words.multiplier(word.substring(0, word.length() - 1));
    }
    if (factor.isPresent()) {
      d.readings.add(Reading.number(d.value * factor.getAsDouble()));
      d.end = next.end();
    }
  }

  /**
   * A unit right after the number ("15 miles", "100-metre", "6-foot-6", "1 м 82 см"), and a half
   * before or after it ("three and a half metres", "שלושה מטרים וחצי").
   */
  private static void unit(String text, NumberWords words, Draft d) {
    half(text, words, d);
    Optional<int[]> found = unitAt(text, words, d.end);
    if (found.isEmpty()) {
      return;
    }
    Unit unit = Unit.values()[found.get()[0]];
    d.end = found.get()[1];
    d.unit = Optional.of(unit);
    compound(text, words, d, unit);
    half(text, words, d);
  }

  private static void half(String text, NumberWords words, Draft d) {
    Matcher space = SPACE.matcher(text).region(d.end, text.length());
    space.lookingAt();
    Matcher half = words.writing().andAHalf().matcher(text).region(space.end(), text.length());
    if (half.lookingAt() && d.value == Math.rint(d.value)) {
      d.value += 0.5;
      d.readings.set(0, Reading.number(d.value));
      d.end = half.end();
    }
  }

  /** "6 feet 6 inches", "6-foot-6", "17 pounds 1 ounce", "1 м 82 см": one length or weight. */
  private static void compound(String text, NumberWords words, Draft d, Unit unit) {
    Matcher gap = GAP.matcher(text).region(d.end, text.length());
    gap.lookingAt();
    int at = gap.end();
    int digits = at;
    while (digits < text.length() && Character.isDigit(text.charAt(digits)) && digits - at < 2) {
      digits++;
    }
    if (digits == at || (digits < text.length() && Character.isDigit(text.charAt(digits)))) {
      return;
    }
    double part = Integer.parseInt(text.substring(at, digits));
    Optional<int[]> smaller = unitAt(text, words, digits);
    Unit second = smaller.map(u -> Unit.values()[u[0]]).orElse(unit == Unit.FOOT ? Unit.INCH : null);
    if (second == null || second.dimension() != unit.dimension() || second.convert(1, unit) >= 1 || second.convert(part, unit) >= 1) {
      return;
    }
    if (smaller.isEmpty() && !text.substring(d.end, at).contains("-")) {
      return;
    }
    d.companions.add(Reading.number(d.value));
    d.companions.add(Reading.number(part));
    double whole = d.value;
    d.value += second.convert(part, unit);
    d.readings.set(0, Reading.number(d.value));
    d.readings.add(Reading.number(whole));
    d.precision = second.convert(0.5, unit);
    d.end = smaller.map(u -> u[1]).orElse(digits);
  }

  /** The unit written at {@code from} after a space or hyphen: its ordinal and where it ends. */
  private static Optional<int[]> unitAt(String text, NumberWords words, int from) {
    Matcher gap = GAP.matcher(text).region(from, text.length());
    gap.lookingAt();
    if (gap.end() >= text.length() || !(Character.isLetter(text.charAt(gap.end())) || text.charAt(gap.end()) == '°' || text.charAt(gap.end()) == 'º')) {
      return Optional.empty();
    }
    for (UnitName name : words.writing().units()) {
      Matcher m = name.pattern().matcher(text).region(gap.end(), text.length());
      if (m.lookingAt()) {
        return Optional.of(new int[] {name.unit().ordinal(), m.end()});
      }
    }
    return Optional.empty();
  }

  /** Runs of number words ("twenty-four", "три тысячи", "עשרים וחמש") and Roman numerals. */
  private static void numberWords(String text, NumberWords words, List<Draft> drafts) {
    List<Token> tokens = WordTokenizer.tokenize(text);
    int i = 0;
    while (i < tokens.size()) {
      Token token = tokens.get(i);
      if (hasDigit(token.surface()) || overlaps(drafts, token.start(), token.end())) {
        i++;
        continue;
      }
      if (isRoman(token.surface(), words)) {
        Draft d = new Draft(token.start(), token.end(), Source.WORDS);
        d.value = roman(token.surface());
        d.readings.add(Reading.number(d.value));
        drafts.add(d);
        i++;
        continue;
      }
      OptionalDouble first = words.value(lower(token));
      if (first.isEmpty()) {
        if (words.isIndefiniteArticle(lower(token))) {
          unitAfterArticle(text, words, token, drafts);
        }
        i++;
        continue;
      }
      NumberSum sum = new NumberSum();
      sum.add(first.getAsDouble());
      int end = token.end();
      int j = i + 1;
      while (j < tokens.size() && onlySpaceOrHyphen(text, end, tokens.get(j).start())) {
        String word = lower(tokens.get(j));
        OptionalDouble value = words.value(word);
        OptionalDouble factor = words.multiplier(word);
        if (value.isPresent() && sum.accepts(value.getAsDouble())) {
          sum.add(value.getAsDouble());
        } else if (factor.isPresent()) {
          sum.multiply(factor.getAsDouble());
        } else if (words.joins(word)
            && j + 1 < tokens.size()
            && onlySpaceOrHyphen(text, tokens.get(j).end(), tokens.get(j + 1).start())
            && words.value(lower(tokens.get(j + 1))).isPresent()) {
          end = tokens.get(j).end();
          j++;
          continue;
        } else {
          break;
        }
        end = tokens.get(j).end();
        j++;
      }
      Draft d = new Draft(token.start(), end, Source.WORDS);
      d.value = sum.value();
      d.precision = 0;
      d.readings.add(Reading.number(d.value));
      unit(text, words, d);
      drafts.add(d);
      i = j;
    }
  }

  /** "less than a mile": one unit, though no number is written. */
  private static void unitAfterArticle(String text, NumberWords words, Token article, List<Draft> drafts) {
    Draft d = new Draft(article.start(), article.end(), Source.WORDS);
    d.value = 1;
    d.precision = 0;
    d.readings.add(Reading.number(1));
    Optional<int[]> found = unitAt(text, words, article.end());
    if (found.isPresent() && text.charAt(article.end()) == ' ') {
      d.unit = Optional.of(Unit.values()[found.get()[0]]);
      d.end = found.get()[1];
      drafts.add(d);
    }
  }

  private static String lower(Token token) {
    return token.surface().toLowerCase(Locale.ROOT);
  }

  private static boolean hasDigit(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isDigit(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isRoman(String word, NumberWords words) {
    for (int i = 0; i < word.length(); i++) {
      if (ROMAN_LETTERS.indexOf(word.charAt(i)) < 0) {
        return false;
      }
    }
    if (word.isEmpty() || !ROMAN.matcher(word).matches()) {
      return false;
    }
    return word.length() >= 2 || word.equals("V") || word.equals("X") || (word.equals("I") && words.loneRomanI());
  }

  private static int roman(String word) {
    int total = 0;
    for (int i = 0; i < word.length(); i++) {
      int v = romanDigit(word.charAt(i));
      total += i + 1 < word.length() && romanDigit(word.charAt(i + 1)) > v ? -v : v;
    }
    return total;
  }

  private static int romanDigit(char c) {
    return switch (c) {
      case 'I' -> 1;
      case 'V' -> 5;
      case 'X' -> 10;
      case 'L' -> 50;
      case 'C' -> 100;
      case 'D' -> 500;
      default -> 1000;
    };
  }

  /** "2 to 4 inches", "10–11 °C": the first number of a range takes the unit of the second. */
  private static void shareRangeUnits(String text, List<Draft> drafts) {
    for (int i = drafts.size() - 2; i >= 0; i--) {
      Draft a = drafts.get(i);
      Draft b = drafts.get(i + 1);
      if (a.unit.isEmpty() && b.unit.isPresent() && a.time < 0 && b.end > a.end && a.end <= b.start) {
        String between = text.substring(a.end, b.start).strip().toLowerCase(Locale.ROOT).replace("-", " ").strip();
        if (RANGE_WORDS.contains(between) || RANGE_WORDS.contains(text.substring(a.end, b.start).strip())) {
          a.unit = b.unit;
        }
      }
    }
  }

  /**
   * "1950-53", "2010–11": the second year of a range written with its last two digits only reads
   * as the whole year too, since a translator may write it out ("1950-1953").
   */
  private static void shortYearRanges(String text, List<Draft> drafts) {
    for (int i = 0; i + 1 < drafts.size(); i++) {
      Draft year = drafts.get(i);
      Draft shortened = drafts.get(i + 1);
      if (year.time < 0 && shortened.time < 0 && year.end - year.start == 4 && shortened.end - shortened.start == 2
          && shortened.start == year.end + 1 && YEAR_RANGE_DASHES.indexOf(text.charAt(year.end)) >= 0
          && year.value >= 1000 && year.value < 2200 && shortened.value > year.value % 100) {
        shortened.readings.add(Reading.number(year.value - year.value % 100 + shortened.value));
      }
    }
  }

  /** "up to 10", "не более 10", "לפחות 10": what the words before an amount say of it. */
  private static void bounds(String text, NumberWords words, List<Draft> drafts) {
    for (Draft d : drafts) {
      if (d.time < 0 && d.source != Source.CODE) {
        d.bound = words.bound(text.substring(Math.max(0, d.start - QUALIFIER_REACH), d.start));
      }
    }
  }

  /** "15 March", "March 15", "15 апреля", "15 במרץ": a day beside a month's name is a date. */
  private static void dates(String text, MonthNames months, List<Draft> drafts) {
    for (Draft day : drafts) {
      if (day.source != Source.DIGITS || day.time >= 0 || day.unit.isPresent() || day.value < 1 || day.value > 31 || day.value != Math.rint(day.value)) {
        continue;
      }
      Matcher after = NEXT_WORD.matcher(text).region(day.end, text.length());
      OptionalInt month = after.lookingAt() ? months.month(after.group(1)) : OptionalInt.empty();
      if (month.isEmpty() && months.beforeDay()) {
        Matcher before = PREVIOUS_WORD.matcher(text).region(0, day.start);
        month = before.find() ? months.month(before.group(1)) : OptionalInt.empty();
      }
      month.ifPresent(m -> day.month = m);
    }
  }

  /** The a.m. or p.m. right after a time, and where it ends ({@code from} when there is none). */
  private record Mark(Meridiem meridiem, int end) {}

  private static Mark meridiem(String text, int from, NumberWords words) {
    Matcher space = SPACE.matcher(text).region(from, text.length());
    space.lookingAt();
    Matcher morning = words.writing().morning().matcher(text).region(space.end(), text.length());
    if (morning.lookingAt()) {
      return new Mark(Meridiem.AM, morning.end());
    }
    Matcher afternoon = words.writing().afternoon().matcher(text).region(space.end(), text.length());
    if (afternoon.lookingAt()) {
      return new Mark(Meridiem.PM, afternoon.end());
    }
    return new Mark(Meridiem.NONE, from);
  }

  private static boolean isClock(String[] hoursAndMinutes) {
    return Integer.parseInt(hoursAndMinutes[0]) <= 24 && Integer.parseInt(hoursAndMinutes[1]) <= 59;
  }

  private static boolean zoneAt(String text, int from) {
    return ZONE.matcher(text).region(from, text.length()).lookingAt();
  }

  private static boolean lookingAt(Pattern pattern, String text, int from) {
    return pattern.matcher(text).region(from, text.length()).lookingAt();
  }

  private static int matchEnd(Pattern pattern, String text, int from) {
    Matcher m = pattern.matcher(text).region(from, text.length());
    return m.lookingAt() ? m.end() : from;
  }

  /** Digits joined to Latin letters: "COVID-19", "WW1", "KV62", "39C" (not "16th", "1980s"). */
  private static boolean isCode(String text, int start, int end) {
    if (start > 0 && isLatin(text.charAt(start - 1))) {
      return true;
    }
    if (start > 1 && text.charAt(start - 1) == '-' && isLatin(text.charAt(start - 2))) {
      return true;
    }
    return end < text.length() && isLatin(text.charAt(end)) && !lookingAt(ORDINAL_SUFFIX, text, end);
  }

  private static boolean isLatin(char c) {
    return c < 0x250 && Character.isLetter(c);
  }

  private static boolean onlySpaceOrHyphen(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '-' && c != '\u00A0' && c != '\u05BE') {
        return false;
      }
    }
    return true;
  }

  private static boolean overlaps(List<Draft> drafts, int start, int end) {
    return drafts.stream().anyMatch(d -> d.start < end && start < d.end);
  }

  /** Half the unit of the last digit written: "1.6" → 0.05, "150" → 0.5. */
  private static double precision(String value) {
    int point = value.indexOf('.');
    return point < 0 ? 0.5 : 0.5 * Math.pow(10, -(value.length() - point - 1));
  }

  private enum Meridiem {
    AM,
    PM,
    NONE
  }

  /** Adds up number words as they are spoken: "twenty four", "три тысячи двести", "שלוש עשרה". */
  private static final class NumberSum {
    private double total;
    private double current;
    private double last = Double.MAX_VALUE;

    boolean accepts(double value) {
      return value < last || (last < 10 && value == 10) || value == 0.5;
    }

    void add(double value) {
      current += value;
      last = value;
    }

    void multiply(double factor) {
      current = Math.max(current, 1) * factor;
      if (factor >= 1000) {
        total += current;
        current = 0;
      }
      last = factor;
    }

    double value() {
      return total + current;
    }
  }

  /** A quantity while it is being read. */
  private static final class Draft {
    final int start;
    int end;
    Source source;
    double value;
    double precision = 0.5;
    int time = -1;
    /** The month of a date whose day this is, 0 for none. */
    int month;
    Bound bound = Bound.NONE;
    Optional<Unit> unit = Optional.empty();
    final List<Reading> readings = new ArrayList<>();
    final List<Reading> companions = new ArrayList<>();

    Draft(int start, int end, Source source) {
      this.start = start;
      this.end = end;
      this.source = source;
    }

    /**
     * A time of day. Without a.m. or p.m. an hour up to 12 may be either ("8:30" of "8:30 вечера"
     * is 20:30); a whole hour also reads as its number ("04:00 BST" → "4 часов утра").
     */
    void time(int hours, int minutes, Meridiem meridiem) {
      int h = hours % 12;
      if (meridiem == Meridiem.PM) {
        h += 12;
      }
      if (meridiem == Meridiem.NONE) {
        h = hours;
      }
      time = h * 60 + minutes;
      readings.add(Reading.time(time));
      if (meridiem == Meridiem.NONE && hours <= 12) {
        readings.add(Reading.time((hours % 12 + 12) * 60 + minutes));
        readings.add(Reading.time((hours % 12) * 60 + minutes));
      }
      if (minutes == 0) {
        readings.add(Reading.number(h));
        readings.add(Reading.number(h > 12 ? h - 12 : h));
      }
      companions.add(Reading.number(hours));
      companions.add(Reading.number(minutes));
      value = h + minutes / 100.0;
    }

    /** "the 1980s": 1980, 80 and the 20th century; "in his 20s": 20 to 29. */
    void decade(int year) {
      value = year;
      readings.add(Reading.number(year));
      if (year >= 100) {
        readings.add(Reading.number(year % 100));
        companions.add(Reading.number(year / 100 + 1));
        if (year % 100 == 0) {
          readings.add(Reading.number(year / 100 + 1));
        }
        companions.add(Reading.number(year + 9));
        companions.add(Reading.number(year + 10));
      }
      companions.add(Reading.number(year % 100 + 9));
      companions.add(Reading.number(year % 100 + 10));
    }

    Quantity quantity(String text) {
      List<Reading> all = new ArrayList<>(readings);
      // Only the amount converts: "6 feet 6 inches" is 1.98 m, and its 6 feet alone is not.
      unit.ifPresent(
          u -> {
            for (Unit to : u.counterparts()) {
              all.add(Reading.conversion(u.convert(value, to), to));
              if (u.dimension() == Dimension.TEMPERATURE) {
                all.add(Reading.conversion(u.convertDifference(value, to), to));
              }
            }
          });
      return new Quantity(start, end, text.substring(start, end), all, companions, unit, precision, source, month, bound);
    }
  }
}
