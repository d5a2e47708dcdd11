package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rosetta.Fixtures;
import org.rosetta.segment.SentenceSegmenter;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;
import org.rosetta.text.SourceText;

/**
 * V8 cuts stored texts with the segmenter of its own release, not the live one: where the live one
 * has learned something since (a quoted question and its attribution are one sentence now, Hebrew
 * dotted acronyms go on), V8 still cuts as the links it migrates were computed.
 */
class V8SegmenterTest {
  @Test
  void cutsAQuotedQuestionAndItsAttributionApartAsItsReleaseDidThoughTheLiveSegmenterNoLongerDoes() {
    String text = "“Why?” she wondered. Then she left.";

    assertThat(new V8Segmenter("en").segment(text)).extracting(V8Segmenter.Cut::text)
        .containsExactly("“Why?”", "she wondered.", "Then she left.");
    assertThat(live(Lang.EN, text)).extracting(Segment::text).containsExactly("“Why?” she wondered.", "Then she left.");
  }

  @Test
  void cutsOrdinaryProseAsTheLiveSegmenterDoesWithTheSameOffsetsParagraphsAndKinds() {
    for (Lang lang : List.of(Lang.EN, Lang.RU)) {
      String text = "Prime Minister:\n" + Fixtures.text(lang);
      List<Segment> live = live(lang, text);
      List<V8Segmenter.Cut> frozen = new V8Segmenter(lang.code()).segment(text);

      assertThat(frozen).hasSize(live.size()).hasSizeGreaterThan(10);
      for (int i = 0; i < live.size(); i++) {
        Segment s = live.get(i);
        assertThat(frozen.get(i)).isEqualTo(new V8Segmenter.Cut(s.index(), s.start(), s.end(), s.charStart(), s.text(), s.paragraph(), s.kind().name()));
      }
    }
  }

  @Test
  void keepsRussianAbbreviationsAndInitialsInsideTheSentence() {
    assertThat(new V8Segmenter("ru").segment("Выступил проф. Иванов, т. е. В. В. Иванов из МГУ им. Ломоносова. Потом ушёл."))
        .extracting(V8Segmenter.Cut::text)
        .containsExactly("Выступил проф. Иванов, т. е. В. В. Иванов из МГУ им. Ломоносова.", "Потом ушёл.");
  }

  private static List<Segment> live(Lang lang, String text) {
    return new SentenceSegmenter().segment(new SourceText(lang, lang.code(), text));
  }
}
