package org.rosetta.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rosetta.align.Realignment.Result;
import org.rosetta.align.Realignment.Side;

/** A reviewer's corrections keep the alignment whole, in order, and mark the link they made. */
class RealignmentTest {
  /** en-1..en-4 with ru-1..ru-4: 1-1, 1-2, 1-0, 1-1. */
  private static final List<Link> LINKS =
      List.of(new Link(0, 1, 0, 1, 0.9), new Link(1, 2, 1, 3, 0.8), new Link(2, 3, 3, 3, 0.4), new Link(3, 4, 3, 4, 0.9));

  private static List<String> shapes(Result r) {
    Links.requireCover(r.links(), 4, 4);
    return r.links().stream().map(l -> l.sourceFrom() + ":" + l.shape()).toList();
  }

  @Test
  void aRangeAlignedAgainTakesTheAlignersLinksInPlaceOfItsOwnAndNoneIsTheReviewers() {
    // Links 1 and 2 (en-2, en-3 with ru-2, ru-3) aligned again: 1-1 and 1-1 instead of 1-2 and 1-0.
    Result r = Realignment.realignRange(LINKS, 1, 2, List.of(new Link(0, 1, 0, 1, 0.7), new Link(1, 2, 1, 2, 0.6)));

    assertThat(shapes(r)).containsExactly("0:1-1", "1:1-1", "2:1-1", "3:1-1");
    assertThat(r.links().get(2)).isEqualTo(new Link(2, 3, 2, 3, 0.6));
    assertThat(r.links().get(3)).isSameAs(LINKS.get(3));
    assertThat(r.decided()).isEqualTo(-1);
  }

  @Test
  void aRangeIsTwoLinksOrMoreAndTheAlignersLinksMustCoverItExactly() {
    assertThatThrownBy(() -> Realignment.realignRange(LINKS, 2, 2, List.of(new Link(0, 1, 0, 0, 0.5)))).hasMessageContaining("two links or more");
    assertThatThrownBy(() -> Realignment.realignRange(LINKS, 1, 2, List.of(new Link(0, 1, 0, 1, 0.7))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cover 1 and 1 segments, not 2 and 2");
    assertThatThrownBy(() -> Realignment.realignRange(LINKS, 1, 2, List.of(new Link(0, 1, 0, 1, 0.7), new Link(1, 2, 0, 2, 0.7))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gap or overlap");
  }

  @Test
  void movingTheSecondHalfOfASplitToTheOmittedSentenceLinksIt() {
    // ru-3 was taken as the second half of en-2; it really renders en-3, which looked dropped.
    Result r = Realignment.attach(LINKS, Side.TARGET, 2, 2);

    assertThat(shapes(r)).containsExactly("0:1-1", "1:1-1", "2:1-1", "3:1-1");
    assertThat(r.decided()).isEqualTo(2);
    assertThat(r.links().get(2).score()).isEqualTo(1.0);
    assertThat(r.links().get(1).score()).isEqualTo(0.8);
  }

  @Test
  void movingASegmentBackwardsAcrossLinksTakesTheSegmentsBetweenAlong() {
    // ru-3 to en-1: ru-2 lies between, so it must come too; en-2 is left untranslated.
    Result r = Realignment.attach(LINKS, Side.TARGET, 2, 0);

    assertThat(shapes(r)).containsExactly("0:1-3", "1:1-0", "2:1-0", "3:1-1");
    assertThat(r.decided()).isZero();
  }

  @Test
  void movingAnEnglishSegmentIntoTheNextLinkMergesItThere() {
    Result r = Realignment.attach(LINKS, Side.SOURCE, 2, 3);

    assertThat(shapes(r)).containsExactly("0:1-1", "1:1-2", "2:2-1");
    assertThat(r.decided()).isEqualTo(2);
  }

  @Test
  void detachingTheLastSegmentOfALinkMakesItAnAddition() {
    Result r = Realignment.detach(LINKS, Side.TARGET, 2);

    assertThat(shapes(r)).containsExactly("0:1-1", "1:1-1", "2:0-1", "2:1-0", "3:1-1");
    assertThat(r.decided()).isEqualTo(2);
  }

  @Test
  void detachingTheOnlyTargetLeavesTheEnglishSentenceUntranslated() {
    Result r = Realignment.detach(LINKS, Side.TARGET, 0);

    assertThat(shapes(r)).containsExactly("0:0-1", "0:1-0", "1:1-2", "2:1-0", "3:1-1");
  }

  @Test
  void mergeAndSplitAreInverse() {
    Result merged = Realignment.merge(LINKS, 1);
    assertThat(shapes(merged)).containsExactly("0:1-1", "1:2-2", "3:1-1");

    Result split = Realignment.split(merged.links(), 1, 1, 2);
    assertThat(shapes(split)).containsExactly("0:1-1", "1:1-2", "2:1-0", "3:1-1");
  }

  @Test
  void impossibleChangesAreRefusedWithAReason() {
    assertThatThrownBy(() -> Realignment.attach(LINKS, Side.TARGET, 1, 1)).hasMessageContaining("already in that link");
    assertThatThrownBy(() -> Realignment.merge(LINKS, 3)).hasMessageContaining("last link");
    assertThatThrownBy(() -> Realignment.split(LINKS, 0, 1, 1)).hasMessageContaining("both parts");
    assertThatThrownBy(() -> Realignment.split(LINKS, 1, 2, 0)).hasMessageContaining("cannot be split");
    assertThatThrownBy(() -> Realignment.attach(LINKS, Side.TARGET, 9, 0)).hasMessageContaining("no link holds target segment 9");
    List<Link> oneToThree = List.of(new Link(0, 1, 0, 3, 0.9));
    assertThatThrownBy(() -> Realignment.detach(oneToThree, Side.TARGET, 1)).hasMessageContaining("middle");
  }

  @Test
  void anAlignmentWithAGapIsRejected() {
    List<Link> gap = List.of(new Link(0, 1, 0, 1, 1), new Link(2, 3, 1, 2, 1));
    assertThatThrownBy(() -> Links.requireCover(gap, 3, 2)).hasMessageContaining("does not follow");
  }
}
