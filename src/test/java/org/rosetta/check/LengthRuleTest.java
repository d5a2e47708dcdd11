package org.rosetta.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rosetta.align.Link;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;
import org.rosetta.text.SegmentKind;

class LengthRuleTest {
  private static final String[][] PAIRS = {
    {"We are satisfied with the progress of bilateral relations.", "Мы удовлетворены развитием двусторонних отношений."},
    {"I remember our detailed talk when you visited me in Moscow.", "Я помню нашу обстоятельную беседу во время вашего визита ко мне в Москву."},
    {"It’s a very good and bright holiday that symbolizes the victory.", "Это очень добрый и светлый праздник, который символизирует победу."},
    {"I hope that Israel and Russia can see eye to eye on all the strategic matters.", "Я надеюсь, что Израиль и Россия смогут прийти к единому мнению."},
    {"Very many dramatic developments have been happening globally.", "В мире происходит очень много драматических событий."},
    {"I’m very satisfied by the fact that our militaries have been very careful to coordinate.", "Я доволен."},
  };

  private static Segment segment(Lang lang, int index, String text) {
    return new Segment(lang.code() + "-" + (index + 1), lang, index, index * 100, index * 100 + text.length(), index * 100, text, 1, SegmentKind.SENTENCE);
  }

  @Test
  void aTranslationFarShorterThanTheDocumentsNormIsReported() {
    List<Segment> en = new ArrayList<>();
    List<Segment> ru = new ArrayList<>();
    List<Link> links = new ArrayList<>();
    for (int k = 0; k < PAIRS.length; k++) {
      en.add(segment(Lang.EN, k, PAIRS[k][0]));
      ru.add(segment(Lang.RU, k, PAIRS[k][1]));
      links.add(new Link(k, k + 1, k, k + 1, 0.9));
    }
    CheckContext context = new CheckContext(Map.of(Lang.EN, en, Lang.RU, ru), Map.of(), Map.of(Lang.RU, links), null);

    List<Finding> findings = new LengthRule().check(context);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("length.outlier");
      assertThat(f.segments()).containsExactly("en-6", "ru-6");
      assertThat(f.message()).contains("shorter");
    });
  }

  @Test
  void aSentenceCutShortIsReportedThoughItKeepsHalfItsWords() {
    String[][] pairs = PAIRS.clone();
    pairs[5] = new String[] {"I’m very satisfied by the fact that our militaries have been very careful to coordinate.", "Я очень доволен тем, что наши военные"};

    assertThat(OneToOne.check(new LengthRule(), Lang.RU, pairs)).singleElement().satisfies(f -> {
      assertThat(f.segments()).containsExactly("en-6", "ru-6");
      assertThat(f.message()).contains("shorter").contains("cut short");
    });
  }
}
