package org.rosetta.lang.quantity;

import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/** English number words, magnitudes, units (imperial and metric) and a.m./p.m. */
public final class EnglishNumbers implements NumberWords {
  private static final Bound.Words BOUNDS =
      new Bound.Words(
          Bound.Words.ending("about|around|approximately|roughly|some|an estimated|circa|ca\\.|~"),
          Bound.Words.ending("nearly|almost|close to|not far off|just under|just short of"),
          Bound.Words.ending("up to|no more than|not more than|at most|less than|fewer than|under|below|as many as|a maximum of|maximum of"),
          Bound.Words.ending("more than|over|at least|above|in excess of|upwards of|no fewer than|no less than|not less than|a minimum of|minimum of|exceeding"));
  private static final MonthNames MONTHS = MonthNames.of(new ULocale("en"), true, List::of);
  public static final EnglishNumbers INSTANCE = new EnglishNumbers();

  private static final String[] UNITS = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"
  };
  private static final String[] ORDINALS = {
    "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth"
  };
  private static final String[] TENS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
  private static final String[] TENTH_ORDINALS = {
    "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"
  };

  private static final Map<String, Double> VALUES = new HashMap<>();
  private static final Map<String, Double> MULTIPLIERS =
      Map.of(
          "hundred", 100.0, "hundredth", 100.0, "thousand", 1e3, "thousandth", 1e3, "million", 1e6,
          "millionth", 1e6, "billion", 1e9, "bn", 1e9, "trillion", 1e12, "dozen", 12.0);

  static {
    for (int i = 0; i < UNITS.length; i++) {
      VALUES.put(UNITS[i], (double) i);
      VALUES.put(ORDINALS[i], (double) i);
    }
    for (int i = 0; i < TENS.length; i++) {
      VALUES.put(TENS[i], 20.0 + 10 * i);
      VALUES.put(TENTH_ORDINALS[i], 20.0 + 10 * i);
    }
    VALUES.put("twice", 2.0);
    VALUES.put("half", 0.5);
  }

  private static final List<UnitName> UNIT_NAMES =
      List.of(
          UnitName.of("square\\s+kilomet(?:er|re)s?|sq\\.?\\s*km|km²|km2", Unit.SQUARE_KILOMETRE),
          UnitName.of("square\\s+miles?|sq\\.?\\s*mi\\.?", Unit.SQUARE_MILE),
          UnitName.of("square\\s+(?:feet|foot)|sq\\.?\\s*ft\\.?", Unit.SQUARE_FOOT),
          UnitName.of("square\\s+met(?:er|re)s?|m²", Unit.SQUARE_METRE),
          UnitName.of("hectares?|ha", Unit.HECTARE),
          UnitName.of("acres?", Unit.ACRE),
          UnitName.of("dunams?|dunums?", Unit.DUNAM),
          UnitName.of("kilomet(?:er|re)s?\\s+(?:per|an|a)\\s+hour|km/h|kph|kmh", Unit.KILOMETRE_PER_HOUR),
          UnitName.of("miles?\\s+(?:per|an|a)\\s+hour|mph", Unit.MILE_PER_HOUR),
          UnitName.of("knots?", Unit.KNOT),
          UnitName.of("kilomet(?:er|re)s?|km", Unit.KILOMETRE),
          UnitName.of("centimet(?:er|re)s?|cm", Unit.CENTIMETRE),
          UnitName.of("millimet(?:er|re)s?|mm", Unit.MILLIMETRE),
          UnitName.of("met(?:er|re)s?|m", Unit.METRE),
          UnitName.of("miles?|mi", Unit.MILE),
          UnitName.of("yards?|yd", Unit.YARD),
          UnitName.of("feet|foot|ft", Unit.FOOT),
          UnitName.of("inch(?:es)?", Unit.INCH),
          UnitName.of("kilo(?:gram|gramme)?s?|kg", Unit.KILOGRAM),
          UnitName.of("grams?|grammes?|g", Unit.GRAM),
          UnitName.of("tonnes?|metric\\s+tons?", Unit.TONNE),
          UnitName.of("tons?", Unit.SHORT_TON),
          UnitName.of("pounds?|lbs?", Unit.POUND),
          UnitName.of("ounces?|oz", Unit.OUNCE),
          UnitName.of("(?:degrees?\\s+)?(?:fahrenheit)|°\\s*F|ºF", Unit.FAHRENHEIT),
          UnitName.of("(?:degrees?\\s+)?(?:celsius|centigrade)|°\\s*C|ºC", Unit.CELSIUS),
          UnitName.of("degrees?|°", Unit.DEGREE),
          UnitName.of("millilit(?:er|re)s?|ml", Unit.MILLILITRE),
          UnitName.of("lit(?:er|re)s?", Unit.LITRE),
          UnitName.of("gallons?|gal", Unit.GALLON));

  private static final Pattern MORNING = Pattern.compile("(?:a\\.\\s?m\\.?|am(?![\\p{L}])|in the morning)", Pattern.CASE_INSENSITIVE);
  private static final Pattern AFTERNOON =
      Pattern.compile("(?:p\\.\\s?m\\.?|pm(?![\\p{L}])|in the (?:afternoon|evening)|at night)", Pattern.CASE_INSENSITIVE);

  private static final Pattern AND_A_HALF = Pattern.compile("and\\s+a\\s+half(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

  private static final Writing WRITING = new Writing(UNIT_NAMES, MORNING, AFTERNOON, AND_A_HALF);

  private EnglishNumbers() {}

  @Override
  public Writing writing() {
    return WRITING;
  }

  @Override
  public boolean isIndefiniteArticle(String word) {
    return word.equals("a") || word.equals("an");
  }

  @Override
  public OptionalDouble value(String word) {
    Double v = VALUES.get(word);
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  @Override
  public OptionalDouble multiplier(String word) {
    Double v = MULTIPLIERS.get(word);
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  @Override
  public boolean joins(String word) {
    return word.equals("and");
  }

  @Override
  public boolean decadesWithS() {
    return true;
  }

  @Override
  public boolean loneRomanI() {
    return false;
  }

  @Override
  public MonthNames months() {
    return MONTHS;
  }

  @Override
  public Bound bound(CharSequence before) {
    return BOUNDS.before(before);
  }
}
