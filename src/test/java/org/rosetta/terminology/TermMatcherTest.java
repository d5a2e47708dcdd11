package org.rosetta.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rosetta.Fixtures;
import org.rosetta.text.Lang;

class TermMatcherTest {
  private final TermMatcher matcher = new TermMatcher(Fixtures.glossary());

  private List<String> concepts(Lang lang, String text) {
    return matcher.find(lang, text).stream().map(h -> h.concept().id()).toList();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ru|встретился с Владимиром Путиным|putin",
        "ru|после встречи в Москве|moscow",
        "ru|битву с воинствующим исламом|militant-islam",
        "ru|наших механизмов предотвращения конфликтов|deconfliction-mechanism",
        "ru|наши военные координируют свои действия|coordination",
        "ru|развитием двусторонних отношений|bilateral-relations",
        "ru|между Израилем и Россией|israel",
        "he|הפגישה במוסקבה|moscow",
        "he|בין ישראל לרוסיה|russia",
        "he|שהצבאות שלנו הקפידו|militaries",
        "he|מנגנוני מניעת החיכוך|deconfliction-mechanism",
        "he|ביחסים הבילטרליים|bilateral-relations",
        "he|כדי למנוע תקריות|incidents",
        "he|הקפידו לתאם זה עם זה|coordination",
        "en|our de-confliction mechanisms|deconfliction-mechanism",
        "en|our militaries have been very careful|militaries",
      })
  void findsInflectedAndPrefixedForms(String lang, String text, String concept) {
    assertThat(concepts(Lang.of(lang), text)).contains(concept);
  }

  @Test
  void theLongestTermWins() {
    assertThat(concepts(Lang.EN, "met with Russian President Vladimir Putin"))
        .containsExactly("russian-president", "vladimir", "putin");
  }

  @Test
  void hitsGiveTheExactSpanAndForm() {
    String text = "с президентом России Владимиром Путиным.";
    TermHit putin = matcher.find(Lang.RU, text).stream().filter(h -> h.concept().id().equals("putin")).findFirst().orElseThrow();

    assertThat(putin.found()).isEqualTo("Путиным");
    assertThat(text.substring(putin.start(), putin.end())).isEqualTo("Путиным");
    assertThat(putin.term().status()).isEqualTo(TermStatus.PREFERRED);
  }

  @Test
  void aForbiddenVariantThatStemsLikeTheApprovedTermIsMatchedOnlyAsWritten() {
    List<TermHit> approved = matcher.find(Lang.RU, "с наступающим праздником Ханука");
    List<TermHit> forbidden = matcher.find(Lang.RU, "с наступающим праздником Хануках");

    assertThat(approved).filteredOn(h -> h.concept().id().equals("chanukah")).allMatch(h -> h.term().status().approved());
    assertThat(forbidden)
        .filteredOn(h -> h.concept().id().equals("chanukah"))
        .singleElement()
        .satisfies(h -> assertThat(h.term().status()).isEqualTo(TermStatus.DEPRECATED));
  }

  @Test
  void forbiddenPhrasesAreFoundInflected() {
    assertThat(matcher.find(Lang.RU, "большую битву с милитантным исламом"))
        .singleElement()
        .satisfies(h -> {
          assertThat(h.term().text()).isEqualTo("милитантный ислам");
          assertThat(h.term().status()).isEqualTo(TermStatus.DEPRECATED);
        });
  }

  @Test
  void unrelatedWordsDoNotMatch() {
    assertThat(concepts(Lang.HE, "אני זוכר את שיחתנו המפורטת")).isEmpty();
    assertThat(concepts(Lang.RU, "Я помню нашу обстоятельную беседу")).isEmpty();
  }

  /** Names of the Bible, whose Russian forms a stemmer cannot see; "israel-strict" refuses derived forms. */
  private static final TermMatcher NAMES =
      new TermMatcher(
          GlossaryReader.read(
              "names.csv",
              """
              concept,lang,term,status,pos,derived
              christ,en,Christ,preferred,properNoun,
              christ,ru,Христос,preferred,properNoun,
              moses,en,Moses,preferred,properNoun,
              moses,ru,Моисей,preferred,properNoun,
              philistine,en,Philistine,preferred,,
              philistine,ru,Филистимлянин,preferred,,
              galilee,en,Galilee,preferred,,
              galilee,ru,Галилея,preferred,,
              galilee,ru,Галиль,forbidden,,
              egypt,en,Egypt,preferred,,
              egypt,ru,Египет,preferred,,
              israel-strict,en,Israel,preferred,,no
              israel-strict,ru,Израиль,preferred,,no
              """));

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "christ|и Христа распятого",
        "christ|и вы ― во Христе Иисусе",
        "christ|благовествуя о Христе",
        "moses|и закон Моисея",
        "philistine|и Филистимляне стали завидовать ему",
        "galilee|придя в пределы Галилеи",
        "galilee|ходил Иисус по всей Галилее",
        "galilee|мужи Галилейские! что вы стоите",
        "egypt|поселился в земле Египетской",
        "egypt|и Египтяне увидели",
        "philistine|в земле Филистимской",
        "christ|быть служителем Христовым",
      })
  void namesMatchInEveryCaseAndInTheirDerivedWords(String concept, String text) {
    assertThat(NAMES.find(Lang.RU, text)).extracting(h -> h.concept().id()).containsExactly(concept);
  }

  @Test
  void aFormOfTheApprovedNameIsNotTheForbiddenOne() {
    assertThat(NAMES.find(Lang.RU, "вышел из Галилеи и пришел в пределы Иудейские"))
        .singleElement()
        .satisfies(h -> assertThat(h.term().status()).isEqualTo(TermStatus.PREFERRED));
    assertThat(NAMES.find(Lang.RU, "пришел в Галиль")).singleElement().satisfies(h -> assertThat(h.term().text()).isEqualTo("Галиль"));
  }

  @Test
  void aConceptCanRefuseDerivedForms() {
    assertThat(NAMES.find(Lang.RU, "все Израильтяне пошли")).isEmpty();
    assertThat(NAMES.find(Lang.RU, "и весь Израиль пошел")).extracting(h -> h.concept().id()).containsExactly("israel-strict");
  }
}
