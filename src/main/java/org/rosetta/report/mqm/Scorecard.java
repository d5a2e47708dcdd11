package org.rosetta.report.mqm;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.rosetta.lang.WordTokenizer;
import org.rosetta.text.Segment;

/**
 * A translation's MQM score: the errors a reviewer confirmed, by severity, weighed into penalty
 * points per 1,000 words of its English, and whether that passes. Findings not yet decided are
 * counted apart ({@code open}): a risk the figure does not include, never part of it.
 *
 * @param words the English words the translation renders, the score's denominator
 * @param errors confirmed errors by severity, each present
 * @param points the weighed sum of the confirmed errors
 * @param perThousand points per 1,000 English words
 * @param open errors and warnings not yet confirmed or dismissed
 */
public record Scorecard(
    String lang, int words, Map<MqmSeverity, Integer> errors, double points, double perThousand, double passAtMost, boolean pass, int open) {
  /** The English words a translation renders, the score's denominator: words with a letter, numbers left out. */
  public static int words(List<Segment> english) {
    int n = 0;
    for (Segment s : english) {
      n += (int) WordTokenizer.tokenize(s.text()).stream().filter(t -> t.surface().codePoints().anyMatch(Character::isLetter)).count();
    }
    return n;
  }

  public static Scorecard of(String lang, int words, Collection<MqmSeverity> confirmed, int open, ScoringModel model) {
    Map<MqmSeverity, Integer> errors = new EnumMap<>(MqmSeverity.class);
    for (MqmSeverity severity : MqmSeverity.values()) {
      errors.put(severity, 0);
    }
    double points = 0;
    for (MqmSeverity severity : confirmed) {
      errors.merge(severity, 1, Integer::sum);
      points += model.weight(severity);
    }
    double perThousand = words == 0 ? 0 : points * 1000.0 / words;
    // Errors in a text without English words cannot be weighed per word: they fail it.
    boolean pass = words == 0 ? points == 0 : perThousand <= model.passAtMost();
    return new Scorecard(lang, words, Map.copyOf(errors), points, perThousand, model.passAtMost(), pass, open);
  }
}
