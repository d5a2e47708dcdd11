package org.rosetta.lang.quantity;

import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;
import org.rosetta.lang.Hebrew;
import org.rosetta.lang.HebrewLetters;

/**
 * Hebrew number words, masculine and feminine, absolute and construct ("שלושה", "שלוש", "שלושת"),
 * ordinals ("השלישי"), the duals that are numbers by themselves ("יומיים", two days), read with
 * their clitics ("בשלושה", "והעשרים") and without points or final letters.
 */
public final class HebrewNumbers implements NumberWords {
  private static final Bound.Words BOUNDS =
      new Bound.Words(
          Bound.Words.ending("כ|בערך|בסביבות|סביב"),
          Bound.Words.ending("כמעט|קרוב ל|קצת פחות מ|מעט פחות מ"),
          Bound.Words.ending("עד|לא יותר מ|פחות מ|מתחת ל|לכל היותר|מקסימום"),
          Bound.Words.ending("יותר מ|מעל|לפחות|למעלה מ|מינימום|לא פחות מ"));
  private static final MonthNames MONTHS = MonthNames.of(new ULocale("he"), false, word -> Hebrew.cliticReadings(word, Hebrew.MONTH));
  public static final HebrewNumbers INSTANCE = new HebrewNumbers();

  private static final Map<String, Double> VALUES = new HashMap<>();
  private static final Map<String, Double> MULTIPLIERS = new HashMap<>();
  private static final Set<String> OPENINGS = new HashSet<>();

  static {
    put(VALUES, 1, "אחד", "אחת", "ראשון", "ראשונה", "ראשונים", "ראשונות");
    put(VALUES, 2, "שניים", "שתיים", "שני", "שתי", "שנייה", "שניה", "יומיים", "שבועיים", "חודשיים", "שנתיים", "פעמיים", "שעתיים");
    put(VALUES, 3, "שלוש", "שלושה", "שלושת", "שלישי", "שלישית");
    put(VALUES, 4, "ארבע", "ארבעה", "ארבעת", "רביעי", "רביעית");
    put(VALUES, 5, "חמש", "חמישה", "חמשת", "חמישי", "חמישית");
    put(VALUES, 6, "שש", "שישה", "ששת", "שישי", "שישית");
    put(VALUES, 7, "שבע", "שבעה", "שבעת", "שביעי", "שביעית");
    put(VALUES, 8, "שמונה", "שמונת", "שמיני", "שמינית");
    put(VALUES, 9, "תשע", "תשעה", "תשעת", "תשיעי", "תשיעית");
    put(VALUES, 10, "עשר", "עשרה", "עשרת", "עשירי", "עשירית");
    put(VALUES, 20, "עשרים");
    put(VALUES, 30, "שלושים");
    put(VALUES, 40, "ארבעים");
    put(VALUES, 50, "חמישים");
    put(VALUES, 60, "שישים");
    put(VALUES, 70, "שבעים");
    put(VALUES, 80, "שמונים");
    put(VALUES, 90, "תשעים");
    put(VALUES, 100, "מאה", "מאת");
    put(VALUES, 200, "מאתיים");
    put(VALUES, 2000, "אלפיים");
    put(VALUES, 0.5, "חצי", "מחצית");
    put(MULTIPLIERS, 100, "מאות");
    put(MULTIPLIERS, 1e3, "אלף", "אלפים", "אלפי");
    put(MULTIPLIERS, 1e6, "מיליון", "מיליונים", "מיליוני");
    put(MULTIPLIERS, 1e9, "מיליארד", "מיליארדים", "מיליארדי");
    put(MULTIPLIERS, 1e12, "טריליון");
  }

  private static void put(Map<String, Double> map, double value, String... words) {
    for (String word : words) {
      String normal = HebrewLetters.normalize(word);
      map.put(normal, value);
      OPENINGS.add(normal.substring(0, 2));
    }
  }

  private static final String GERSHAYIM = "[\"״]?";
  private static final List<UnitName> UNIT_NAMES =
      List.of(
          UnitName.of("קמ" + GERSHAYIM + "ש|קילומטרים?\\s+לשעה|קילומטר\\s+לשעה", Unit.KILOMETRE_PER_HOUR),
          UnitName.of("מייל(?:ים)?\\s+לשעה|מקס" + GERSHAYIM + "ש", Unit.MILE_PER_HOUR),
          UnitName.of("קמ" + GERSHAYIM + "ר|קילומטרים?\\s+רבועים?|קילומטר\\s+רבוע", Unit.SQUARE_KILOMETRE),
          UnitName.of("מ" + GERSHAYIM + "ר|מטרים?\\s+רבועים?|מטר\\s+רבוע", Unit.SQUARE_METRE),
          UnitName.of("ק" + GERSHAYIM + "מ|קילומטרים|קילומטר", Unit.KILOMETRE),
          UnitName.of("ס" + GERSHAYIM + "מ|סנטימטרים|סנטימטר", Unit.CENTIMETRE),
          UnitName.of("מ" + GERSHAYIM + "מ|מילימטרים|מילימטר", Unit.MILLIMETRE),
          UnitName.of("מטרים|מטר|מ['׳]", Unit.METRE),
          UnitName.of("מיילים|מייל|מיל", Unit.MILE),
          UnitName.of("יארדים|יארד", Unit.YARD),
          UnitName.of("רגל(?:יים)?|פיט", Unit.FOOT),
          UnitName.of("אינץ['׳]?(?:ים)?", Unit.INCH),
          UnitName.of("ק" + GERSHAYIM + "ג|קילוגרמים|קילוגרם|קילו", Unit.KILOGRAM),
          UnitName.of("גרמים|גרם", Unit.GRAM),
          UnitName.of("טונות|טון", Unit.TONNE),
          UnitName.of("ליברות|ליברה|פאונד(?:ים)?", Unit.POUND),
          UnitName.of("אונקיות|אונקייה|אונקיה", Unit.OUNCE),
          UnitName.of("(?:מעלות\\s+)?פרנהייט|°\\s*F", Unit.FAHRENHEIT),
          UnitName.of("(?:מעלות\\s+)?צלזיוס|°\\s*C", Unit.CELSIUS),
          UnitName.of("מעלות|מעלה|°", Unit.CELSIUS),
          UnitName.of("ליטרים|ליטר", Unit.LITRE),
          UnitName.of("גלונים|גלון", Unit.GALLON),
          UnitName.of("דונמים|דונם", Unit.DUNAM),
          UnitName.of("הקטרים|הקטר", Unit.HECTARE),
          UnitName.of("אקרים|אקר", Unit.ACRE));

  private static final Pattern MORNING = Pattern.compile("(?:בבוקר|לפנות\\s+בוקר|בלילה)(?![\\p{L}])");
  private static final Pattern AFTERNOON =
      Pattern.compile("(?:בערב|אחה" + GERSHAYIM + "צ|אחר\\s+הצהריים|בצהריים)(?![\\p{L}])");

  private static final Pattern AND_A_HALF = Pattern.compile("וחצי(?![\\p{L}])");

  private static final Writing WRITING = new Writing(UNIT_NAMES, MORNING, AFTERNOON, AND_A_HALF);

  private HebrewNumbers() {}

  @Override
  public Writing writing() {
    return WRITING;
  }

  @Override
  public OptionalDouble value(String word) {
    return lookUp(VALUES, word);
  }

  @Override
  public OptionalDouble multiplier(String word) {
    return lookUp(MULTIPLIERS, word);
  }

  /**
   * "המאה", "במאה" are "the century", "in the century" far more often than a hundred ("ממאה", more
   * than a hundred, is the number).
   */
  private static OptionalDouble lookUp(Map<String, Double> map, String word) {
    if (!mayBeNumber(word)) {
      return OptionalDouble.empty();
    }
    String normal = HebrewLetters.normalize(word);
    for (String reading : Hebrew.cliticReadings(normal, Hebrew.TERM)) {
      Double v = map.get(reading);
      String clitics = normal.substring(0, normal.length() - reading.length());
      if (v != null && !(v == 100 && (clitics.contains("ה") || clitics.contains("ב")))) {
        return OptionalDouble.of(v);
      }
    }
    return OptionalDouble.empty();
  }

  /**
   * Whether a word may be a number word once as many leading letters as {@link Hebrew#TERM} cuts are
   * cut: the first two letters of some reading open a number word. Saves normalising every word of
   * a text; a word with points is normalised and looked up in full.
   */
  private static boolean mayBeNumber(String word) {
    for (int p = 0; p <= Hebrew.TERM.prefixes() && p + 2 <= word.length(); p++) {
      char first = word.charAt(p);
      char second = word.charAt(p + 1);
      if (Character.getType(second) == Character.NON_SPACING_MARK || OPENINGS.contains("" + first + second)) {
        return true;
      }
    }
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
