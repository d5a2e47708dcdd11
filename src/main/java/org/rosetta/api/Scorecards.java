package org.rosetta.api;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rosetta.report.mqm.MqmSeverity;
import org.rosetta.report.mqm.Scorecard;
import org.rosetta.report.mqm.ScoringModel;
import org.rosetta.review.StoredFindingDecision;

/** A check's MQM scorecards, one per translation, with the model that scored them and the decisions behind them. */
public record Scorecards(long check, Model model, List<Card> scorecards, List<FindingDecision> decisions) {
  /** Penalty points per error of each severity, and the most points per 1,000 words that pass. */
  public record Model(double minor, double major, double critical, double passAtMost) {}

  /**
   * One translation's score.
   *
   * @param words the English words it renders
   * @param errors confirmed errors by severity: minor, major, critical
   * @param result PASS or FAIL
   * @param open errors and warnings not yet decided
   */
  public record Card(String lang, int words, Map<String, Integer> errors, double points, double perThousand, double passAtMost, String result, int open) {
    static Card of(Scorecard card) {
      Map<String, Integer> errors = new LinkedHashMap<>();
      for (MqmSeverity severity : MqmSeverity.values()) {
        errors.put(severity.code(), card.errors().get(severity));
      }
      return new Card(
          card.lang(), card.words(), errors, card.points(), Math.round(card.perThousand() * 100) / 100.0, card.passAtMost(), card.pass() ? "PASS" : "FAIL", card.open());
    }
  }

  static List<Card> cards(List<Scorecard> cards) {
    return cards.stream().map(Card::of).toList();
  }

  static Scorecards of(long checkId, ScoringModel model, List<Scorecard> cards, Collection<StoredFindingDecision> made) {
    return new Scorecards(
        checkId,
        new Model(model.minor(), model.major(), model.critical(), model.passAtMost()),
        cards(cards),
        made.stream().map(FindingDecision::of).toList());
  }
}
