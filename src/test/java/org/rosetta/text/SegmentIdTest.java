package org.rosetta.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentIdTest {
  @Test
  void readsAndWritesTheFormReportsAndTheApiUse() {
    SegmentId id = SegmentId.parse("ru-12");

    assertThat(id).isEqualTo(new SegmentId(Lang.RU, 12)).isEqualTo(SegmentId.at(Lang.RU, 11));
    assertThat(id.index()).isEqualTo(11);
    assertThat(id).hasToString("ru-12");
    assertThat(SegmentId.spaced(List.of(SegmentId.parse("en-3"), id))).isEqualTo("en-3 ru-12");
    assertThat(SegmentId.listed(List.of(SegmentId.parse("en-3"), id))).isEqualTo("en-3, ru-12");
  }

  @Test
  void refusesWhatIsNotASegmentOfALanguageRosettaChecks() {
    for (String bad : List.of("ru", "ru-", "-4", "ru-0", "ru-x", "fr-2", "ru-+4", "ru-99999999999", "en-1-2")) {
      assertThatThrownBy(() -> SegmentId.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a segment id such as ru-4");
    }
  }

  @Test
  void sortsByLanguageThenPosition() {
    assertThat(List.of(SegmentId.parse("ru-2"), SegmentId.parse("en-10"), SegmentId.parse("en-9")).stream().sorted().map(SegmentId::toString))
        .containsExactly("en-9", "en-10", "ru-2");
  }
}
