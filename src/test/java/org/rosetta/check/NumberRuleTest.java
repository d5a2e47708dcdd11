package org.rosetta.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rosetta.align.Link;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;
import org.rosetta.text.SegmentKind;

/** Quantities as professional translators render them, and the slips they make. */
class NumberRuleTest {
  @ParameterizedTest(name = "{0} | {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // grouping, decimals and magnitudes
        "There are approximately 400,000 known cases of the disease.|В стране известно примерно 400 тысяч случаев болезни.",
        "His fortune was estimated at $2.3 billion.|Его состояние оценивалось в 2,3 миллиарда долларов.",
        "The rocks sell for up to $22,500 per ounce.|Камни продаются по цене до 22 500 долл. за унцию.",
        "The two lanes are 3.50 m wide.|Две полосы шириной 3,5 м.",
        "He was ranked 190th on the 2008 list of the 400 richest people.|В 2008 году он занял 190-е место в списке 400 богатейших людей.",
        // number words, ordinals, Roman numerals
        "About ten minutes before landing the plane disappeared.|Примерно за 10 минут до посадки самолёт исчез.",
        "Kahne and Truex are fifth and sixth with 2,220 and 2,207 points.|Кейн и Трукс занимают 5-е и 6-е места, набрав 2220 и 2207 очков.",
        "He arrived with 4 cents in his pocket.|Он приехал с четырьмя центами в кармане.",
        "He stayed outside for just over 12 minutes.|Он находился снаружи чуть больше двенадцати минут.",
        "Germany was a common enemy in World War 2.|Германия была общим врагом во Второй мировой войне.",
        "The castle was built in the 15th century.|Замок был построен в XV веке.",
        "The style peaked between the 10th and the 11th centuries.|Стиль достиг расцвета в X–XI вв.",
        "About three thousand years later the telescope was invented.|Около 3000 лет спустя был изобретён телескоп.",
        "During his 2 hour speech he said nothing new.|Во время своего двухчасового выступления он не сказал ничего нового.",
        "Thirty percent of the site had been restored by 1976.|К 1976 году было восстановлено 30% памятника.",
        // clock times
        "Fire crews put out the fire by 11:35 pm.|Пожарные потушили огонь к 23:35.",
        "The car was removed at approximately 1200 GMT.|Машину убрали примерно в 12:00 по Гринвичу.",
        "The program started at 8:30 p.m. local time (15.00 UTC).|Программа началась в 8:30 вечера по местному времени (15:00 UTC).",
        "The plane crashed at around 9:30 am local time (0230 UTC).|Самолёт разбился примерно в 9:30 по местному времени (02:30 UTC).",
        // decades and centuries
        "The town was founded in the 1850s.|Город основан в 50-х годах XIX века.",
        "The disease had not been seen there since the 1800s.|Болезнь не встречалась там с начала 19 века.",
        "He was reportedly in his 20s.|По сообщениям, ему было от 20 до 30 лет.",
        // units: length, mass, temperature, speed, volume, area
        "The storm is about 645 miles (1040 km) west of the islands.|Шторм находится примерно в 1040 км к западу от островов.",
        "Up to 4 inches of rain fell overnight.|За ночь выпало до 10 см осадков.",
        "The hog weighed 550 pounds.|Кабан весил 250 килограммов.",
        "Temperatures reached 80 degrees on Sunday.|В воскресенье температура достигла 27 градусов.",
        "The wind reached 105 miles per hour.|Скорость ветра достигала 170 км/ч.",
        "The tank can hold 2.3 million gallons.|Резервуар вмещает 8,7 миллиона литров.",
        "The farm covers 50 acres.|Ферма занимает 20 гектаров.",
        "The player is 6-foot-6.|Рост игрока 1,98 м.",
        "The document measures 29¾ inches by 24½ inches.|Размер документа 29,75 на 24,5 дюйма.",
        // dates and year ranges
        "The war lasted from 1950-53.|Война длилась с 1950 по 1953 год.",
        "The summit opens on March 15, 2020.|Саммит откроется 15 марта 2020 года.",
        "The summit opens on 3 Sept. 2020.|Саммит откроется 3 сентября 2020 г.",
        "Talks were held on 5 March and 5 April.|Переговоры прошли 5 апреля и 5 марта.",
      })
  void professionalRenderingsRaiseNoError(String english, String russian) {
    assertThat(errors(check(Lang.RU, new String[][] {{english, russian}}))).isEmpty();
  }

  @ParameterizedTest(name = "{0} | {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Water is spilling over the levee in a section 100 feet wide.|מים נשפכים מעל הסוללה בקטע ברוחב 30 מטר.",
        "During the 1980s he worked on television shows.|במהלך שנות השמונים הוא עבד על תוכניות טלוויזיה.",
        "The course will normally last 2-5 days.|הקורס יימשך בדרך כלל בין יומיים ל-5 ימים.",
        "The skier finished thirteenth in the Super-G.|הגולש סיים במקום ה-13 ב-Super-G.",
        "The skier finished twenty-fourth.|הגולש סיים במקום ה-24.",
        "The city was founded in the 10th century BC.|העיר הוקמה במאה העשירית לפני הספירה.",
        "The revolution of the 1830s changed the borders.|המהפכה של שנות ה-30 של המאה התשע עשרה שינתה את הגבולות.",
        "The lanes are 3.50 m wide.|הנתיבים ברוחב שלושה מטרים וחצי.",
        "Some tax agencies define goods older than 100 years as antiques.|רשויות מס מסוימות מגדירות סחורות בנות יותר ממאה שנה כעתיקות.",
        "The typhoon is moving toward China at eleven kph.|הטייפון נע לכיוון סין במהירות של 11 קמ\"ש.",
        "The suburb lies approximately 15 miles north of the city.|הפרבר נמצא כ־24 ק\"מ צפונית לעיר.",
        "The earthquake struck at 10:08 p.m. on Monday.|רעידת האדמה הורגשה בשעה 22:08 ביום שני.",
        "The field covers 10 acres.|השדה משתרע על פני 40 דונם.",
        "Day hikes cover less than a mile.|טיולי יום הם של פחות מ-1.6 ק\"מ.",
        "The summit opens on March 15, 2020.|הפסגה תיפתח ב-15 במרץ 2020.",
        "The talks ran from 2010–11.|השיחות נמשכו בשנים 2010–2011.",
      })
  void professionalHebrewRenderingsRaiseNoError(String english, String hebrew) {
    assertThat(errors(check(Lang.HE, new String[][] {{english, hebrew}}))).isEmpty();
  }

  @Test
  void aConversionThatChecksOutIsANote() {
    List<Finding> findings = check(Lang.RU, new String[][] {{"The pipeline is 800 miles long.", "Длина нефтепровода 1290 км."}});

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.rule().id()).isEqualTo("numbers.converted");
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.message()).isEqualTo("converted: 800 miles ≈ 1290 км");
    });
  }

  @ParameterizedTest(name = "{0} | {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The death toll is at least 15.|Число погибших достигло минимум 16 человек.|15",
        "The bridge has 3 lanes and is 378 meters long.|Мост длиной 378 метров.|3",
        "The earthquake struck at 10:08 p.m. on Monday.|Землетрясение произошло в понедельник в 21:08.|10:08 p.m.",
        "Some 150 people were hurt.|Пострадали около 15 человек.|150",
      })
  void slipsAreErrors(String english, String russian, String missing) {
    List<Finding> errors = errors(check(Lang.RU, new String[][] {{english, russian}}));

    assertThat(errors).isNotEmpty().allSatisfy(f -> assertThat(f.rule().id()).isEqualTo("numbers.mismatch"));
    assertThat(errors).anySatisfy(f -> assertThat(f.message()).contains(missing));
  }

  @ParameterizedTest(name = "{0} | {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The pipeline is 385 miles long.|Длина нефтепровода 385 км.|385 miles ≈ 620 km, but the translation has 385 км",
        "The pipeline is 385 miles long.|Длина нефтепровода 360 км.|385 miles ≈ 620 km, but the translation has 360 км",
        "The player is 6-foot-6.|Рост игрока 1 м 82 см.|6-foot-6 ≈ 1.98 m, but the translation has 1 м 82 см",
        "Up to 4 inches of rain fell overnight.|За ночь выпало до 7 см осадков.|4 inches ≈ 10.2 cm, but the translation has 7 см",
        "The car was doing 800 kph (497 mph).|Машина ехала со скоростью 497 км/ч.|800 kph",
      })
  void aConversionThatDoesNotCheckOutSaysWhatWasExpected(String english, String russian, String message) {
    List<Finding> errors = errors(check(Lang.RU, new String[][] {{english, russian}}));

    assertThat(errors).singleElement().satisfies(f -> {
      assertThat(f.rule().id()).isEqualTo("numbers.mismatch");
      assertThat(f.message()).contains(message);
    });
  }

  @ParameterizedTest(name = "{0} | {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The summit opens on March 15, 2020.|RU|Саммит откроется 15 апреля 2020 года.|the date 15 March of en-1 is in April in the translation",
        "The summit opens on 15 May.|HE|הפסגה תיפתח ב-15 ביוני.|the date 15 May of en-1 is in June in the translation",
      })
  void aDayKeptInAnotherMonthIsAnError(String english, Lang lang, String translation, String message) {
    assertThat(errors(check(lang, new String[][] {{english, translation}}))).singleElement().satisfies(f -> {
      assertThat(f.rule().id()).isEqualTo("numbers.mismatch");
      assertThat(f.message()).isEqualTo(message);
    });
  }

  @ParameterizedTest(name = "{0} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Unemployment is not far off 10 percent.|RU|Безработица составляет не более 10%.|en-1 says nearly 10, the translation at most 10",
        "More than 300 people came to the square.|RU|На площадь пришли до 300 человек.|en-1 says at least 300, the translation at most 300",
        "At least 20 people were hurt.|HE|נפצעו עד 20 אנשים.|en-1 says at least 20, the translation at most 20",
      })
  void aQualifierTurnedAroundIsAWarning(String english, Lang lang, String translation, String message) {
    assertThat(check(lang, new String[][] {{english, translation}})).singleElement().satisfies(f -> {
      assertThat(f.rule().id()).isEqualTo("numbers.qualifier");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.message()).isEqualTo(message);
    });
  }

  @ParameterizedTest(name = "{0} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Up to thirty people threw bottles at him.|RU|В него бросали бутылки почти тридцать человек.",
        "Over 800,000 soldiers crossed the border.|RU|Границу пересекли около 800 000 солдат.",
        "The town has just under 40,000 people.|HE|בעיר מעט פחות מ-40,000 תושבים.",
        "No more than 5 percent voted.|RU|Проголосовали не более 5%.",
        "No fewer than 12 ships were lost.|HE|לא פחות מ-12 ספינות אבדו.",
      })
  void qualifiersRenderedAsTranslatorsDoRaiseNothing(String english, Lang lang, String translation) {
    assertThat(check(lang, new String[][] {{english, translation}})).filteredOn(f -> f.rule().id().equals("numbers.qualifier")).isEmpty();
  }

  @Test
  void aNumberTheAlignmentPlacesInTheNextLinkIsNotMissing() {
    String[][] pairs = {
      {"Some rocks sell for $11,000 to $22,500 per ounce, about ten times the cost of gold.", "Некоторые камни продаются по цене от 11 000 до 22 500 долл."},
      {"The rest are cheaper.", "США за унцию, т. е. примерно в 10 раз дороже золота. Остальные дешевле."},
    };

    assertThat(errors(check(Lang.RU, pairs))).isEmpty();
  }

  @Test
  void digitsInsideAWordAreStillReported() {
    List<Finding> errors = errors(check(Lang.RU, new String[][] {{"New rules were introduced.", "Были 0ведены новые правила."}}));

    assertThat(errors).singleElement().satisfies(f -> assertThat(f.message()).contains("the number 0 in ru-1 is not in the English"));
  }

  private static List<Finding> errors(List<Finding> findings) {
    return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
  }

  private static List<Finding> check(Lang target, String[][] pairs) {
    return OneToOne.check(new NumberRule(), target, pairs);
  }
}
