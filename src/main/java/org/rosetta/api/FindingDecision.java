package org.rosetta.api;

import org.rosetta.review.StoredFindingDecision;

/**
 * A reviewer's decision on a finding.
 *
 * @param key the finding's key (16 hex digits)
 * @param decision confirmed or dismissed
 * @param category the MQM category of a confirmed error, null otherwise
 * @param severity minor, major or critical for a confirmed error, null otherwise
 * @param decidedAt ISO-8601 instant
 */
public record FindingDecision(
    String key, String lang, String rule, String decision, String category, String severity, String reason, String reviewer, String decidedAt) {
  static FindingDecision of(StoredFindingDecision row) {
    return new FindingDecision(
        row.findingKey,
        row.lang,
        row.rule,
        row.decision.code(),
        row.category == null ? null : row.category.code(),
        row.severity == null ? null : row.severity.code(),
        row.reason,
        row.username,
        row.decidedAt.toString());
  }
}
