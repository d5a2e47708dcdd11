package org.rosetta.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rosetta.Fixtures;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;
import org.rosetta.text.SegmentKind;
import org.rosetta.text.SourceText;

class SentenceSegmenterTest {
  private final SentenceSegmenter segmenter = new SentenceSegmenter();

  private List<String> sentences(Lang lang, String text) {
    return segmenter.segment(new SourceText(lang, "test", text)).stream().map(Segment::text).toList();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en|\"Mr. President. It’s good to see you again.|\"Mr. President.|It’s good to see you again.",
        "en|Dr. Smith met U.S. officials. They talked.|Dr. Smith met U.S. officials.|They talked.",
        "en|And he said, Here am I. And he said to him, Go.|And he said, Here am I.|And he said to him, Go.",
        "en|The talks were led by J. F. Kennedy. They went well.|The talks were led by J. F. Kennedy.|They went well.",
        "ru|Это было в 2015 г. Встреча прошла в Москве. Да.|Это было в 2015 г. Встреча прошла в Москве.|Да.",
        "ru|Встречу провел В. В. Путин. Она длилась час.|Встречу провел В. В. Путин.|Она длилась час.",
        "ru|Речь шла о мерах, т. е. Механизмах. Все согласны.|Речь шла о мерах, т. е. Механизмах.|Все согласны.",
        "ru|И Иосиф служил им. И пробыли они под стражею несколько времени.|И Иосиф служил им.|И пробыли они под стражею несколько времени.",
        "ru|Он окончил МГУ им. М. В. Ломоносова. Потом работал в Париже.|Он окончил МГУ им. М. В. Ломоносова.|Потом работал в Париже.",
        "ru|Концерт прошел в театре им. Моссовета. Зал был полон.|Концерт прошел в театре им. Моссовета.|Зал был полон.",
        "he|ד\"ר כהן הגיע לפריז. הוא נפגש עם הנשיא.|ד\"ר כהן הגיע לפריז.|הוא נפגש עם הנשיא.",
        "he|בראשית ברא אלהים את השמים ואת הארץ׃ והארץ היתה תהו ובהו׃|בראשית ברא אלהים את השמים ואת הארץ׃|והארץ היתה תהו ובהו׃",
        "he|הכתב של בי.בי.סי. דיווח על כך. הוא הגיע אתמול.|הכתב של בי.בי.סי. דיווח על כך.|הוא הגיע אתמול.",
        "he|החלטת האן.בי.איי התקבלה אתמול. העונה הושעתה.|החלטת האן.בי.איי התקבלה אתמול.|העונה הושעתה.",
        "en|The case Brown v. Board of Education changed schools. It was 1954.|The case Brown v. Board of Education changed schools.|It was 1954.",
        "en|\"Why now?\" she wondered. Nobody knew.|\"Why now?\" she wondered.|Nobody knew.",
        "ru|«Почему сейчас?» — спросила она. Никто не знал.|«Почему сейчас?» — спросила она.|Никто не знал.",
        "ru|Слово пришло из англ. Языка. Оно прижилось.|Слово пришло из англ. Языка.|Оно прижилось.",
      })
  void splitsSentencesButNotAbbreviations(String lang, String text, String first, String second) {
    assertThat(sentences(Lang.of(lang), text)).containsExactly(first, second);
  }

  @Test
  void quotationsStayWithTheirSentence() {
    assertThat(sentences(Lang.RU, "Он сказал: «Мы удовлетворены». Затем ушел."))
        .containsExactly("Он сказал: «Мы удовлетворены».", "Затем ушел.");
  }

  @Test
  void speakerLabelsAreSegmentsOfTheirOwnAndParagraphsAreNumbered() {
    List<Segment> segments = segmenter.segment(new SourceText(Lang.EN, "seed", Fixtures.text(Lang.EN)));

    Segment label = segments.stream().filter(s -> s.text().equals("Prime Minister Netanyahu:")).findFirst().orElseThrow();
    assertThat(label.kind()).isEqualTo(SegmentKind.LABEL);
    Segment next = segments.get(label.index() + 1);
    assertThat(next.text()).isEqualTo("\"Mr. President.");
    assertThat(next.paragraph()).isEqualTo(label.paragraph() + 1);
    assertThat(segments).hasSize(24);
    assertThat(segments.stream().filter(s -> s.kind() == SegmentKind.LABEL).map(Segment::text))
        .containsExactly("Prime Minister Netanyahu:", "Russian President Putin:");
  }

  @Test
  void hebrewLabelsAreRecognisedToo() {
    List<Segment> segments = segmenter.segment(new SourceText(Lang.HE, "seed", Fixtures.text(Lang.HE)));

    assertThat(segments.stream().filter(s -> s.kind() == SegmentKind.LABEL).map(Segment::text))
        .containsExactly("ראש הממשלה נתניהו:", "נשיא רוסיה פוטין:");
  }

  @Test
  void offsetsAreCodePointsOfTheInput() {
    String text = "Hello 😀 world. Second sentence here.\n\nNew paragraph.";
    List<Segment> segments = segmenter.segment(new SourceText(Lang.EN, "t", text));

    int[] codePoints = text.codePoints().toArray();
    for (Segment s : segments) {
      assertThat(new String(codePoints, s.start(), s.end() - s.start())).isEqualTo(s.text());
    }
    assertThat(segments.get(1).start()).isEqualTo(15);
    assertThat(segments.get(2).paragraph()).isEqualTo(2);
    assertThat(segments.get(2).id()).hasToString("en-3");
  }

  @Test
  void wrappedLinesInsideAParagraphAreOneSentence() {
    assertThat(sentences(Lang.EN, "This sentence is wrapped\nacross two lines. Next one."))
        .containsExactly("This sentence is wrapped\nacross two lines.", "Next one.");
  }
}
