package org.rosetta.lang.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rosetta.lang.Language;
import org.rosetta.text.Lang;

/** Quantities as each language writes them: the first quantity of a text and its value. */
class QuantityReaderTest {
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // number words and ordinals, all cases and genders
        "en|twenty-four hours|24",
        "en|three thousand years|3000",
        "en|one hundred and five days|105",
        "en|the thirteenth place|13",
        "en|some four dozen bases|48",
        "ru|с четырьмя центами|4",
        "ru|чуть больше двенадцати минут|12",
        "ru|во Второй мировой войне|2",
        "ru|на 16-й позиции|16",
        "ru|двухчасового выступления|2",
        "ru|стометровой длины|100",
        "ru|в XV веке|15",
        "he|עשרה סוכנים|10",
        "he|סיים במקום השלושה עשר|13",
        "he|בראשון לינואר|1",
        "he|בשנות השמונים|80",
        "he|במאה העשירית|10",
        "he|בין יומיים|2",
        "he|עשרים וחמש שנים|25",
        // digits, fractions, magnitudes
        "en|it measures 29¾ inches|29.75",
        "en|a 220 2/3 yard course|220.6667",
        "en|the 2008 400 Richest list|2008",
        "ru|5 000 000 пользователей|5000000",
        "ru|шириной 3,50 метра|3.5",
        "en|three and a half metres|3.5",
        "he|שלושה מטרים וחצי|3.5",
        // compound lengths and weights
        "en|he is 6-foot-6|6.5",
        "en|17 pounds 1 ounce|17.0625",
        "ru|рост 1 м 82 см|1.82",
      })
  void readsTheValue(String lang, String text, double value) {
    List<Quantity> quantities = Language.of(Lang.of(lang)).quantities(text);
    assertThat(quantities).isNotEmpty();
    assertThat(quantities.get(0).value()).isCloseTo(value, org.assertj.core.data.Offset.offset(0.001));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en|at 3 p.m.|900",
        "en|by 11:35 pm|1415",
        "en|at approximately 1200 GMT|720",
        "en|at 8:30 p.m. local time|1230",
        "en|(15.00 UTC)|900",
        "ru|в 23:35|1415",
        "ru|в 8:30 вечера|1230",
        "he|בשעה 20:30|1230",
      })
  void readsClockTimesAsMinutesAfterMidnight(String lang, String text, double minutes) {
    Quantity time = Language.of(Lang.of(lang)).quantities(text).get(0);
    assertThat(time.readings()).anySatisfy(r -> {
      assertThat(r.kind()).isEqualTo(Reading.Kind.TIME);
      assertThat(r.value()).isEqualTo(minutes);
    });
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en|15 miles north|MILE|KILOMETRE|24.14",
        "en|a 100-metre ship|METRE|FOOT|328.08",
        "en|the 550 pound hog|POUND|KILOGRAM|249.48",
        "en|80 degrees on Sunday|DEGREE|CELSIUS|26.67",
        "en|10 degrees above average|DEGREE|CELSIUS|5.556",
        "en|105 miles per hour|MILE_PER_HOUR|KILOMETRE_PER_HOUR|168.98",
        "en|2 gallons of water|GALLON|LITRE|7.571",
        "en|50 acres of land|ACRE|HECTARE|20.23",
        "en|10 square miles|SQUARE_MILE|SQUARE_KILOMETRE|25.9",
        "he|40 דונם|DUNAM|ACRE|9.884",
        "ru|645 милях к западу|MILE|KILOMETRE|1038.03",
        "ru|до 10 см осадков|CENTIMETRE|INCH|3.937",
      })
  void readsUnitsAndTheirConversions(String lang, String text, Unit unit, Unit to, double converted) {
    Quantity q = Language.of(Lang.of(lang)).quantities(text).get(0);
    assertThat(q.unit()).contains(unit);
    assertThat(q.readings())
        .anySatisfy(r -> {
          assertThat(r.unit()).contains(to);
          assertThat(r.value()).isCloseTo(converted, org.assertj.core.data.Offset.offset(0.01));
        });
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {"en|concerns regarding COVID-19|CODE", "en|a par-3 hole|CODE", "en|the twelfth|WORDS", "ru|Были 0ведены|DIGITS", "en|the 1980s|DIGITS"})
  void digitsInsideCodesOnlyHelpToMatch(String lang, String text, Quantity.Source source) {
    assertThat(Language.of(Lang.of(lang)).quantities(text).get(0).source()).isEqualTo(source);
  }
}
