package org.rosetta.lang.quantity;

import com.ibm.icu.util.ULocale;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Russian number words in every case and gender, read by stem and ending: a cardinal stem takes
 * the endings of its declension ("пять", "пяти", "пятью"), an ordinal stem those of an adjective
 * ("пятый", "пятого", "пятой"); ё is read as е.
 */
public final class RussianNumbers implements NumberWords {
  private static final Bound.Words BOUNDS =
      new Bound.Words(
          Bound.Words.ending("около|примерно|приблизительно|порядка|где-то"),
          Bound.Words.ending("почти|почти что|чуть менее|чуть меньше|без малого|около того что"),
          Bound.Words.ending("до|не более|не более чем|не больше|не свыше|максимум|менее|менее чем|меньше|меньше чем|не превышающ\\p{L}*|в пределах"),
          Bound.Words.ending("более|более чем|больше|больше чем|свыше|не менее|не менее чем|не меньше|по меньшей мере|минимум|как минимум|по крайней мере|превышающ\\p{L}*|превысивш\\p{L}*"));
  private static final MonthNames MONTHS = MonthNames.of(new ULocale("ru"), false, List::of);
  public static final RussianNumbers INSTANCE = new RussianNumbers();

  private static final Set<String> ADJECTIVE =
      Set.of(
          "ый", "ой", "ий", "ая", "яя", "ое", "ее", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем",
          "ую", "юю", "ые", "ие", "ых", "их", "ыми", "ими", "ья", "ье", "ьего", "ьей", "ьему", "ьим", "ьем",
          "ью", "ьи", "ьих", "ьими");
  private static final Set<String> SOFT_CARDINAL = Set.of("ь", "и", "ью");

  /** Forms that are not a stem plus a regular ending. */
  private static final Map<String, Double> WORDS = new LinkedHashMap<>();

  /** Cardinal stems of the soft declension: "пят" + ь/и/ью. */
  private static final Map<String, Double> CARDINAL_STEMS = new LinkedHashMap<>();

  /** Ordinal stems: "пят" + ый/ого/ой… */
  private static final Map<String, Double> ORDINAL_STEMS = new LinkedHashMap<>();

  private static final Map<String, Double> MULTIPLIERS = new LinkedHashMap<>();

  /**
   * The first part of a compound adjective that carries a number ("двухчасового", two-hour;
   * "стометровой", hundred-metre), read only before one of {@link #COMPOUND_TAILS} so that
   * "столица" is not a hundred.
   */
  private static final Map<String, Double> COMPOUND_HEADS = new LinkedHashMap<>();

  private static final List<String> COMPOUND_TAILS =
      List.of(
          "метров", "километров", "сантиметров", "миллиметров", "часов", "минутн", "секундн", "дневн",
          "суточн", "недельн", "месячн", "летн", "годичн", "этажн", "процентн", "тонн", "градусн",
          "кратн", "разов", "местн", "сторонн", "томн", "серийн", "ярусн", "мильн", "футов", "дюймов");

  static {
    words(1, "один", "одна", "одно", "одного", "одной", "одному", "одним", "одном", "одну", "одни", "одних", "одними");
    words(2, "два", "две", "двух", "двум", "двумя", "оба", "обе", "обоих");
    words(3, "три", "трех", "трем", "тремя");
    words(4, "четыре", "четырех", "четырем", "четырьмя");
    words(8, "восемь", "восьми", "восемью", "восьмью");
    words(40, "сорок", "сорока");
    words(90, "девяносто", "девяноста");
    words(100, "сто", "ста");
    words(200, "двести", "двухсот", "двумстам", "двумястами", "двухстах");
    words(300, "триста", "трехсот", "тремстам", "тремястами", "трехстах");
    words(400, "четыреста", "четырехсот", "четыремстам", "четырьмястами", "четырехстах");
    words(1.5, "полтора", "полторы", "полутора");
    words(0.5, "половина", "половины", "половину");
    words(24, "круглосуточно", "круглосуточный", "круглосуточная", "круглосуточное", "круглосуточного", "круглосуточной", "круглосуточную", "круглосуточные", "круглосуточных");
    String[] units = {"пят", "шест", "сем", "девят", "десят", "одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат", "семнадцат", "восемнадцат", "девятнадцат", "двадцат", "тридцат"};
    double[] unitValues = {5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 30};
    for (int i = 0; i < units.length; i++) {
      CARDINAL_STEMS.put(units[i], unitValues[i]);
    }
    String[] tens = {"пят", "шест", "сем", "восем", "девят"};
    for (int i = 0; i < tens.length; i++) {
      double value = 50 + 10 * i;
      String stem = tens[i];
      words(value, stem + "ьдесят", stem + "идесяти", stem + "ьюдесятью");
      ORDINAL_STEMS.put(stem + "идесят", value);
    }
    words(80, "восьмидесяти", "восьмьюдесятью");
    String[] hundreds = {"пят", "шест", "сем", "восем", "девят"};
    for (int i = 0; i < hundreds.length; i++) {
      double value = 500 + 100 * i;
      String stem = hundreds[i];
      words(value, stem + "ьсот", stem + "исот", stem + "истам", stem + "ьюстами", stem + "истах");
      ORDINAL_STEMS.put(stem + "исот", value);
    }
    words(800, "восьмисот", "восьмистам", "восьмьюстами", "восьмистах");
    String[] ordinals = {"перв", "втор", "трет", "четверт", "пят", "шест", "седьм", "восьм", "девят", "десят", "одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат", "семнадцат", "восемнадцат", "девятнадцат", "двадцат", "тридцат", "сороков", "девяност", "сот", "двухсот", "трехсот", "четырехсот", "тысячн", "миллионн", "миллиардн"};
    double[] ordinalValues = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 30, 40, 90, 100, 200, 300, 400, 1000, 1e6, 1e9};
    for (int i = 0; i < ordinals.length; i++) {
      ORDINAL_STEMS.put(ordinals[i], ordinalValues[i]);
    }
    String[] heads = {"одно", "двух", "трех", "четырех", "пяти", "шести", "семи", "восьми", "девяти", "десяти", "одиннадцати", "двенадцати", "пятнадцати", "двадцати", "тридцати", "сорока", "пятидесяти", "шестидесяти", "семидесяти", "восьмидесяти", "девяносто", "сто", "двухсот", "трехсот", "пятисот", "тысяче"};
    double[] headValues = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 20, 30, 40, 50, 60, 70, 80, 90, 100, 200, 300, 500, 1000};
    for (int i = 0; i < heads.length; i++) {
      COMPOUND_HEADS.put(heads[i], headValues[i]);
    }
    multipliers(1e3, "тысяча", "тысячи", "тысяч", "тысячу", "тысячей", "тысячам", "тысячами", "тысячах", "тыс");
    multipliers(1e6, "миллион", "миллиона", "миллионов", "миллиону", "миллионом", "миллионам", "миллионами", "миллионах", "млн");
    multipliers(1e9, "миллиард", "миллиарда", "миллиардов", "миллиарду", "миллиардом", "миллиардам", "миллиардами", "миллиардах", "млрд");
    multipliers(1e12, "триллион", "триллиона", "триллионов", "трлн");
  }

  private static void words(double value, String... forms) {
    for (String form : forms) {
      WORDS.put(form, value);
    }
  }

  private static void multipliers(double value, String... forms) {
    for (String form : forms) {
      MULTIPLIERS.put(form, value);
    }
  }

  private static final String KM = "километр(?:а|ов|ах|ами|ам|е|у|ом)?|км";
  private static final List<UnitName> UNIT_NAMES =
      List.of(
          UnitName.of("квадратн\\p{L}*\\s+(?:" + KM + ")|кв\\.?\\s*км|км²|км2", Unit.SQUARE_KILOMETRE),
          UnitName.of("квадратн\\p{L}*\\s+мил\\p{L}*|кв\\.?\\s*миль", Unit.SQUARE_MILE),
          UnitName.of("квадратн\\p{L}*\\s+фут\\p{L}*|кв\\.?\\s*фут\\p{L}*", Unit.SQUARE_FOOT),
          UnitName.of("квадратн\\p{L}*\\s+метр\\p{L}*|кв\\.?\\s*м|м²|м2", Unit.SQUARE_METRE),
          UnitName.of("гектар\\p{L}*|га", Unit.HECTARE),
          UnitName.of("акр\\p{L}*", Unit.ACRE),
          UnitName.of("(?:" + KM + ")\\s*(?:/\\s*ч|в\\s+час)", Unit.KILOMETRE_PER_HOUR),
          UnitName.of("(?:мил[ьяиею]\\p{L}*)\\s+в\\s+час|миль/ч", Unit.MILE_PER_HOUR),
          UnitName.of("узл\\p{L}*|узел", Unit.KNOT),
          UnitName.of(KM, Unit.KILOMETRE),
          UnitName.of("сантиметр\\p{L}*|см", Unit.CENTIMETRE),
          UnitName.of("миллиметр\\p{L}*|мм", Unit.MILLIMETRE),
          UnitName.of("метр(?:а|ов|ах|ами|ам|е|у|ом)?|м", Unit.METRE),
          UnitName.of("мил[ьяиею]\\p{L}*", Unit.MILE),
          UnitName.of("ярд\\p{L}*", Unit.YARD),
          UnitName.of("фут\\p{L}*", Unit.FOOT),
          UnitName.of("дюйм\\p{L}*", Unit.INCH),
          UnitName.of("килограмм\\p{L}*|кг", Unit.KILOGRAM),
          UnitName.of("грамм\\p{L}*|г", Unit.GRAM),
          UnitName.of("тонн\\p{L}*|т", Unit.TONNE),
          UnitName.of("фунт\\p{L}*", Unit.POUND),
          UnitName.of("унци\\p{L}*", Unit.OUNCE),
          UnitName.of("(?:градус\\p{L}*\\s+)?(?:по\\s+)?фаренгейт\\p{L}*|°\\s*F|ºF", Unit.FAHRENHEIT),
          UnitName.of("(?:градус\\p{L}*\\s+)?(?:по\\s+)?цельси\\p{L}*|°\\s*C|°\\s*С|ºC", Unit.CELSIUS),
          UnitName.of("градус\\p{L}*|°", Unit.CELSIUS),
          UnitName.of("миллилитр\\p{L}*|мл", Unit.MILLILITRE),
          UnitName.of("литр\\p{L}*|л", Unit.LITRE),
          UnitName.of("галлон\\p{L}*", Unit.GALLON));

  private static final Pattern MORNING = Pattern.compile("(?:утра|ночи)(?![\\p{L}])");
  private static final Pattern AFTERNOON = Pattern.compile("(?:вечера|дня|пополудни)(?![\\p{L}])");

  private static final Pattern AND_A_HALF = Pattern.compile("с\\s+половиной(?![\\p{L}])");

  private static final Writing WRITING = new Writing(UNIT_NAMES, MORNING, AFTERNOON, AND_A_HALF);

  private RussianNumbers() {}

  @Override
  public Writing writing() {
    return WRITING;
  }

  /** The first two letters of every number word and stem: most words are ruled out by them. */
  private static final Set<String> OPENINGS = new HashSet<>();

  static {
    for (Map<String, Double> words : List.of(WORDS, CARDINAL_STEMS, ORDINAL_STEMS, COMPOUND_HEADS)) {
      words.keySet().forEach(w -> OPENINGS.add(w.substring(0, Math.min(2, w.length()))));
    }
  }

  @Override
  public OptionalDouble value(String word) {
    if (word.length() < 2 || !OPENINGS.contains(word.substring(0, 2).replace('ё', 'е'))) {
      return OptionalDouble.empty();
    }
    String w = word.replace('ё', 'е');
    Double v = WORDS.get(w);
    if (v != null) {
      return OptionalDouble.of(v);
    }
    for (int cut = 1; cut <= 4 && cut < w.length() - 1; cut++) {
      String stem = w.substring(0, w.length() - cut);
      String ending = w.substring(w.length() - cut);
      Double ordinal = ORDINAL_STEMS.get(stem);
      if (ordinal != null && ADJECTIVE.contains(ending)) {
        return OptionalDouble.of(ordinal);
      }
      Double cardinal = CARDINAL_STEMS.get(stem);
      if (cardinal != null && SOFT_CARDINAL.contains(ending)) {
        return OptionalDouble.of(cardinal);
      }
    }
    for (Map.Entry<String, Double> head : COMPOUND_HEADS.entrySet()) {
      if (w.startsWith(head.getKey()) && COMPOUND_TAILS.stream().anyMatch(tail -> w.startsWith(tail, head.getKey().length()))) {
        return OptionalDouble.of(head.getValue());
      }
    }
    return OptionalDouble.empty();
  }

  @Override
  public OptionalDouble multiplier(String word) {
    Double v = MULTIPLIERS.get(word.replace('ё', 'е'));
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
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
