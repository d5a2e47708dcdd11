package org.rosetta.review;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.rosetta.check.Finding;
import org.rosetta.check.Severity;
import org.rosetta.store.NotFound;
import org.rosetta.store.StoredTime;

/**
 * What dismissed false alarms teach the team's checks: a finding of the same rule, translation and
 * words as one dismissed ("hubby" left in, the name "Keselowski", 100 feet converted to 30 m) is
 * no longer an error or a warning on later checks and re-checks; it stays in the report as
 * information that says who dismissed it and why, so nothing disappears unexplained. A finding
 * that names no words (an omission, a length) teaches nothing beyond its own check.
 */
@ApplicationScoped
public class Dismissals {
  private static final int WORDS = 500;

  /** Learns a pattern from a dismissal, in the caller's transaction; a finding without words teaches none. */
  void learn(StoredFindingDecision decision, Finding finding) {
    forget(decision.check.id, decision.findingKey);
    if (finding.expected() == null && finding.found() == null) {
      return;
    }
    StoredDismissal pattern = new StoredDismissal();
    pattern.rule = finding.rule().id();
    pattern.lang = finding.language().code();
    pattern.expected = clipped(finding.expected());
    pattern.found = clipped(finding.found());
    pattern.reason = decision.reason;
    pattern.username = decision.username;
    pattern.createdAt = StoredTime.now();
    pattern.checkId = decision.check.id;
    pattern.findingKey = decision.findingKey;
    pattern.persist();
  }

  /** Drops what a decision taught, in the caller's transaction: it was taken back or changed. */
  void forget(long checkId, String findingKey) {
    StoredDismissal.delete("checkId = ?1 and findingKey = ?2", checkId, findingKey);
  }

  /** Drops what a deleted check's decisions taught, in the caller's transaction. */
  void forgetCheck(long checkId) {
    StoredDismissal.delete("checkId", checkId);
  }

  /** The team's patterns, newest first. */
  public List<StoredDismissal> list() {
    return StoredDismissal.list("order by id desc");
  }

  /** Deletes a pattern: its findings are raised again from the next check on. */
  public void delete(long id) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              if (!StoredDismissal.deleteById(id)) {
                throw new NotFound("dismissal " + id);
              }
            });
  }

  /**
   * The findings with those the team dismissed before made information, each saying so. A check's
   * own dismissals are left to its decisions, which can still be taken back.
   *
   * @param checkId the check the findings are for, or null for a new one
   */
  List<Finding> applied(List<Finding> findings, Long checkId) {
    List<StoredDismissal> patterns =
        QuarkusTransaction.joiningExisting().call(this::list).stream().filter(p -> checkId == null || p.checkId != checkId).toList();
    if (patterns.isEmpty()) {
      return findings;
    }
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      StoredDismissal match = f.severity().atLeast(Severity.WARNING) ? matching(patterns, f) : null;
      out.add(
          match == null
              ? f
              : new Finding(
                  f.rule(),
                  Severity.INFO,
                  f.language(),
                  f.segments(),
                  f.spans(),
                  f.message() + " (dismissed as a false alarm by " + match.username + ": " + match.reason + ")",
                  f.expected(),
                  f.found(),
                  f.suggestions()));
    }
    return out;
  }

  private static StoredDismissal matching(List<StoredDismissal> patterns, Finding f) {
    for (StoredDismissal p : patterns) {
      if (p.rule.equals(f.rule().id()) && p.lang.equals(f.language().code()) && Objects.equals(p.expected, clipped(f.expected())) && Objects.equals(p.found, clipped(f.found()))) {
        return p;
      }
    }
    return null;
  }

  private static String clipped(String words) {
    return words == null || words.length() <= WORDS ? words : words.substring(0, WORDS);
  }
}
