package org.rosetta.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rosetta.text.Lang;

/**
 * Names of the English left out of Russian and Hebrew translations, and names rendered every way
 * translators write them. Short names are not judged: "Goethe, Fichte" (kt, bkt) would be found
 * by chance in any sentence, so a translation that drops them is not flagged for it.
 */
class NameRuleTest {
  @ParameterizedTest(name = "{1} | {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Following the race, Keselowski remains the leader with 2,250 points.|RU|По итогам гонки лидер чемпионата набрал 2250 очков.|Keselowski",
        "It was followed by a Janissary band and the singers Fatih Erkoç and Müslüm Gürses.|RU|За ним последовал ансамбль \"Янычар\".|Müslüm Gürses",
        "Cinque Terre comprises the villages of Riomaggiore, Manarola, Corniglia, Vernazza and Monterosso.|RU|Чинкве-Терре включает деревни Риомаджоре, Манарола, Корнилья, Манарола и Монтероссо.|Vernazza",
        "To the north is the town of Sintra, made famous to foreigners by William Beckford.|HE|מצפון נמצאת העיירה סינטרה, שנודעה לזרים.|William Beckford",
        "The singers Fatih Erkoç and Müslüm Gürses performed in Istanbul.|HE|הזמרים פאתח ארקוץ' הופיעו באיסטנבול.|Müslüm Gürses",
      })
  void aNameLeftOutIsAnError(String english, Lang lang, String translation, String name) {
    assertThat(OneToOne.check(new NameRule(), lang, new String[][] {{english, translation}}))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.rule()).isEqualTo(RuleId.NAMES_MISSING);
          assertThat(f.severity()).isEqualTo(Severity.ERROR);
          assertThat(f.expected()).isEqualTo(name);
          assertThat(f.message()).contains("\"" + name + "\"");
        });
  }

  @ParameterizedTest(name = "{1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // Transliterated and declined, consonants spelt otherwise, h dropped or added.
        "Mrs. Kirchner announced her intention to run for president.|RU|Г-жа Киршнер объявила о своём намерении баллотироваться.",
        "Mrs. Kirchner announced her intention to run for president.|HE|הגברת קירשנר הודיעה על כוונתה לרוץ לנשיאות.",
        "He served as adviser, succeeding Henry Kissinger.|RU|Он работал советником, сменив на этом посту Генри Киссинджера.",
        "Later, Hamilton confirmed that the hospital admitted the patient.|RU|Позже Гамильтон подтвердил, что пациент поступил в больницу.",
        "Following the race, driver Keselowski remains the leader.|HE|בתום המרוץ, הנהג קסלובסקי נשאר המוביל.",
        "A letter from Charles Batchelor to Thomas Edison.|RU|Письмо от Чарльза Бэтчелора к Томасу Эдисону.",
        "A letter from Charles Batchelor to Thomas Edison.|HE|מכתב מצ'רלס בטצ'לור אל תומאס אדיסון.",
        // Written in parts, or as a word made of it.
        "The trail runs from McMurdo Station to the Pole.|RU|Путь идёт от станции Мак-Мердо до полюса.",
        "The cities of Harappa and Mohenjo-daro had flush toilets.|HE|בערים האראפה ומואנג'ודארו היו אסלות.",
        "The wines of New Zealand might travel better.|RU|Новозеландские вина могут лучше транспортироваться.",
        "The cities of Montevideo and Haldarsvík are far apart.|HE|הערים מונטווידאו והלדרסוויק רחוקות זו מזו.",
        "Piquet Jr. was sacked after the 2009 Hungarian Grand Prix.|RU|Пике-младший был уволен после Гран-при Венгрии 2009 года.",
        // Kept in Latin letters, a country by its own name, peoples and acronyms not judged.
        "Virgin bought the good bank of Northern Rock.|HE|Virgin רכשה את הבנק הטוב של Northern Rock.",
        "Scientists from the Royal Society met in Germany.|RU|Учёные Королевского общества встретились в Германии.",
        "These were French people who made peace with the Germans.|RU|Это были французы, заключившие мир с немцами.",
        "Nigeria planned to join the AfCFTA before the summit.|RU|Нигерия планировала вступить в Африканскую зону свободной торговли.",
        "Speciation is an unavoidable consequence of evolution.|RU|Образование видов является неизбежным следствием эволюции.",
      })
  void aNameRenderedAsTranslatorsWriteItRaisesNothing(String english, Lang lang, String translation) {
    assertThat(OneToOne.check(new NameRule(), lang, new String[][] {{english, translation}})).isEmpty();
  }
}
