package org.rosetta.report.mqm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rosetta.check.RuleId;

class ScorecardTest {
  @Test
  void errorsAreWeighedPerThousandEnglishWordsAndPassAtTheThreshold() {
    // 2 minor (2), 1 major (5), 1 critical (25): 32 points in 1,600 words is 20 per 1,000.
    Scorecard card = Scorecard.of("he", 1600, List.of(MqmSeverity.MINOR, MqmSeverity.CRITICAL, MqmSeverity.MINOR, MqmSeverity.MAJOR), 7, ScoringModel.DEFAULT);

    assertThat(card.points()).isEqualTo(32.0);
    assertThat(card.perThousand()).isEqualTo(20.0);
    assertThat(card.errors()).containsEntry(MqmSeverity.MINOR, 2).containsEntry(MqmSeverity.MAJOR, 1).containsEntry(MqmSeverity.CRITICAL, 1);
    assertThat(card.pass()).isFalse();
    assertThat(card.open()).isEqualTo(7);

    assertThat(Scorecard.of("he", 1600, List.of(MqmSeverity.MINOR, MqmSeverity.MAJOR), 0, ScoringModel.DEFAULT).pass()).as("7 points in 1,600 words: 4.4").isTrue();
    assertThat(Scorecard.of("he", 1600, List.of(MqmSeverity.MAJOR), 0, new ScoringModel(1, 10, 100, 5)).pass()).as("6.25 over a limit of 5").isFalse();
  }

  @Test
  void aTranslationWithoutConfirmedErrorsPassesWhateverIsStillOpen() {
    Scorecard card = Scorecard.of("ru", 0, List.of(), 12, ScoringModel.DEFAULT);

    assertThat(card.perThousand()).isZero();
    assertThat(card.pass()).isTrue();
    assertThat(card.errors()).containsOnlyKeys(MqmSeverity.values()).allSatisfy((s, n) -> assertThat(n).isZero());
  }

  @Test
  void errorsInATextWithoutEnglishWordsFailIt() {
    assertThat(Scorecard.of("ru", 0, List.of(MqmSeverity.MINOR), 0, ScoringModel.DEFAULT).pass()).isFalse();
  }

  @Test
  void weightsCannotBeNegative() {
    assertThatThrownBy(() -> new ScoringModel(1, -5, 25, 10)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rulesDefaultToTheIssueTheyUsuallyAre() {
    assertThat(MqmIssue.defaultFor(RuleId.UNTRANSLATED)).isEqualTo(new MqmIssue(MqmCategory.ACCURACY, MqmSeverity.CRITICAL));
    assertThat(MqmIssue.defaultFor(RuleId.ALIGNMENT_OMISSION)).isEqualTo(new MqmIssue(MqmCategory.ACCURACY, MqmSeverity.MAJOR));
    assertThat(MqmIssue.defaultFor(RuleId.NAMES_MISSING)).isEqualTo(new MqmIssue(MqmCategory.ACCURACY, MqmSeverity.MAJOR));
    assertThat(MqmIssue.defaultFor(RuleId.TERMINOLOGY_FORBIDDEN)).isEqualTo(new MqmIssue(MqmCategory.TERMINOLOGY, MqmSeverity.MAJOR));
    assertThat(MqmIssue.defaultFor(RuleId.TERMINOLOGY_INCONSISTENT)).isEqualTo(new MqmIssue(MqmCategory.TERMINOLOGY, MqmSeverity.MINOR));
    assertThat(MqmIssue.defaultFor(RuleId.WORDS_REPEATED)).isEqualTo(new MqmIssue(MqmCategory.LINGUISTIC_CONVENTIONS, MqmSeverity.MINOR));
    assertThat(MqmIssue.defaultFor(RuleId.PLACEHOLDERS_MISMATCH)).isEqualTo(new MqmIssue(MqmCategory.DESIGN_AND_MARKUP, MqmSeverity.MAJOR));
    assertThat(MqmCategory.of("linguistic-conventions")).contains(MqmCategory.LINGUISTIC_CONVENTIONS);
  }
}
