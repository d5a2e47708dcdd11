package org.rosetta.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rosetta.align.Link;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;
import org.rosetta.text.SegmentKind;

/** The row note of the review page on the seed statement's first sentences (translations/). */
class VersionsNoteTest {

  private static final List<Segment> ENGLISH = sentences(Lang.EN,
      "Mr. President.",
      "It’s good to see you again.",
      "This is our second meeting after our meeting in Moscow, and we also use the telephone to communicate.");
  private static final List<Segment> RUSSIAN = sentences(Lang.RU,
      "Господин президент!",
      "Рад снова вас видеть.",
      "Это наша вторая встреча после встречи в Москве, кроме того, мы общаемся и по телефону.");
  private static final List<Segment> HEBREW = sentences(Lang.HE,
      "אדוני הנשיא, טוב לראות אותך שוב.",
      "זו פגישתנו השנייה מאז הפגישה במוסקבה, ואנחנו גם משוחחים בטלפון.");
  private static final Map<Lang, List<Segment>> TRANSLATIONS = Map.of(Lang.RU, RUSSIAN, Lang.HE, HEBREW);

  @Test
  void saysNothingWhenBothTranslationsLinkTheSentencesAlike() {
    var links = links(
        List.of(new Link(0, 1, 0, 1, 0.9), new Link(1, 2, 1, 2, 0.9), new Link(2, 3, 2, 3, 0.9)),
        List.of(new Link(0, 1, 0, 1, 0.9), new Link(1, 2, 1, 1, 0.5), new Link(2, 3, 1, 2, 0.9)));
    var same = links(
        List.of(new Link(0, 1, 0, 1, 0.9), new Link(1, 2, 1, 2, 0.9), new Link(2, 3, 2, 3, 0.9)),
        List.of(new Link(0, 1, 0, 1, 0.9), new Link(1, 2, 1, 2, 0.9), new Link(2, 3, 2, 3, 0.9)));
    var oneSplitEach = links(List.of(new Link(0, 1, 0, 2, 0.9)), List.of(new Link(0, 1, 0, 1, 0.9)));

    assertThat(VersionsNote.of(Map.of(Lang.RU, links.get(Lang.RU)), ENGLISH, TRANSLATIONS)).isEmpty();
    assertThat(VersionsNote.of(same, ENGLISH, TRANSLATIONS)).isEmpty();
    assertThat(VersionsNote.of(oneSplitEach, ENGLISH, TRANSLATIONS)).as("a split is the translator's choice").isEmpty();
  }

  @Test
  void namesTheSentenceOneTranslationLeavesOutAndTheOtherRenders() {
    var links = links(
        List.of(new Link(0, 1, 0, 1, 0.9), new Link(1, 2, 1, 2, 0.9), new Link(2, 3, 2, 3, 0.9)),
        List.of(new Link(0, 1, 0, 1, 0.9), new Link(1, 2, 1, 1, 0.4), new Link(2, 3, 1, 2, 0.9)));

    assertThat(VersionsNote.of(links, ENGLISH, TRANSLATIONS)).isEqualTo("Hebrew leaves out en-2, which Russian renders");
  }

  @Test
  void showsBothGroupingsWhenOneTranslationJoinsWhatTheOtherKeepsApart() {
    var links = links(
        List.of(new Link(0, 1, 0, 1, 0.9), new Link(1, 2, 1, 2, 0.9), new Link(2, 3, 2, 3, 0.9)),
        List.of(new Link(0, 2, 0, 1, 0.9), new Link(2, 3, 1, 2, 0.9)));

    assertThat(VersionsNote.of(links, ENGLISH, TRANSLATIONS))
        .isEqualTo("linked differently: Russian en-1 → ru-1, en-2 → ru-2, en-3 → ru-3; Hebrew en-1 + en-2 → he-1, en-3 → he-2");
  }

  @Test
  void anOmissionInBothIsLeftToTheOmissionFindings() {
    var links = links(
        List.of(new Link(0, 1, 0, 1, 0.9), new Link(1, 2, 1, 1, 0.4), new Link(2, 3, 1, 2, 0.9)),
        List.of(new Link(0, 1, 0, 1, 0.9), new Link(1, 2, 1, 1, 0.4), new Link(2, 3, 1, 2, 0.9)));

    assertThat(VersionsNote.of(links, ENGLISH, TRANSLATIONS)).isEmpty();
  }

  private static Map<Lang, List<Link>> links(List<Link> russian, List<Link> hebrew) {
    Map<Lang, List<Link>> links = new LinkedHashMap<>();
    links.put(Lang.RU, russian);
    links.put(Lang.HE, hebrew);
    return links;
  }

  private static List<Segment> sentences(Lang lang, String... texts) {
    List<Segment> segments = new ArrayList<>();
    int offset = 0;
    for (String text : texts) {
      segments.add(new Segment(lang, segments.size(), offset, offset + text.length(), offset, text, 1, SegmentKind.SENTENCE));
      offset += text.length() + 1;
    }
    return segments;
  }
}
