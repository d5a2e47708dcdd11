package org.rosetta.review;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rosetta.check.Finding;
import org.rosetta.check.Severity;
import org.rosetta.report.FindingsJson;
import org.rosetta.report.mqm.ConfirmedError;
import org.rosetta.report.mqm.FindingKey;
import org.rosetta.report.mqm.MqmCategory;
import org.rosetta.report.mqm.MqmIssue;
import org.rosetta.report.mqm.MqmSeverity;
import org.rosetta.report.mqm.Scorecard;
import org.rosetta.report.mqm.ScoringModel;
import org.rosetta.store.NotFound;
import org.rosetta.store.StoredTime;
import org.rosetta.text.Lang;
import org.rosetta.text.Refusal;
import org.rosetta.text.Segment;
import org.rosetta.text.SegmentId;

/**
 * Reviewers' decisions on findings, and the MQM scorecard they add up to: a finding confirmed is
 * an error of a category and severity (the rule's default unless the reviewer says otherwise), a
 * finding dismissed a false alarm with its reason. Each decision is in the check's history and
 * can be taken back. Only decisions on findings the check still has count: a re-link that makes a
 * finding go away takes its decision out of the score. A dismissal also teaches the team's later
 * checks ({@link Dismissals}).
 */
@ApplicationScoped
public class FindingDecisions {
  private static final int SUBJECT_LENGTH = 1000;

  private final CheckService checks;
  private final CheckHistory history;
  private final Dismissals dismissals;
  private final ScoringModel model;

  public FindingDecisions(
      CheckService checks,
      CheckHistory history,
      Dismissals dismissals,
      @ConfigProperty(name = "rosetta.mqm.minor", defaultValue = "1") double minor,
      @ConfigProperty(name = "rosetta.mqm.major", defaultValue = "5") double major,
      @ConfigProperty(name = "rosetta.mqm.critical", defaultValue = "25") double critical,
      @ConfigProperty(name = "rosetta.mqm.pass-at-most", defaultValue = "10") double passAtMost) {
    this.checks = checks;
    this.history = history;
    this.dismissals = dismissals;
    this.model = new ScoringModel(minor, major, critical, passAtMost);
  }

  public ScoringModel model() {
    return model;
  }

  /**
   * Confirms or dismisses a finding of the check as it now is.
   *
   * @param category for a confirmation, the MQM dimension; empty for the rule's default
   * @param severity for a confirmation, the MQM severity; empty for the rule's default
   * @param reason why a finding is dismissed (required), or a note on a confirmed one
   * @throws NotFound when the check has no such finding (any more)
   */
  public StoredFindingDecision decide(
      long checkId, String key, FindingVerdict verdict, Optional<MqmCategory> category, Optional<MqmSeverity> severity, String reason, String user) {
    String note = reason == null || reason.isBlank() ? null : reason.strip();
    if (verdict == FindingVerdict.DISMISSED && note == null) {
      throw new Refusal("say why the finding is a false alarm: a dismissal needs a reason");
    }
    if (verdict == FindingVerdict.DISMISSED && (category.isPresent() || severity.isPresent())) {
      throw new Refusal("a dismissed finding is no error: it takes no category or severity");
    }
    try {
      return QuarkusTransaction.requiringNew().call(() -> decided(checkId, key, verdict, category, severity, note, user));
    } catch (RuntimeException e) {
      if (e instanceof NotFound || e instanceof Refusal || !concurrent(e)) {
        throw e;
      }
      throw new StaleUpdate("someone decided finding " + key + " at the same moment: reload and decide again");
    }
  }

  /** Whether a failure is another decision on the same finding that was stored first. */
  private static boolean concurrent(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof jakarta.persistence.OptimisticLockException
          || t instanceof org.hibernate.exception.ConstraintViolationException
          || t instanceof org.hibernate.StaleStateException) {
        return true;
      }
    }
    return false;
  }

  private StoredFindingDecision decided(
      long checkId, String key, FindingVerdict verdict, Optional<MqmCategory> category, Optional<MqmSeverity> severity, String note, String user) {
    StoredCheck check = checks.find(checkId);
    Finding finding = finding(check, key);
    StoredFindingDecision row = StoredFindingDecision.find("check = ?1 and findingKey = ?2", check, key).firstResult();
    String before = row == null ? "open" : described(row);
    if (row == null) {
      row = new StoredFindingDecision();
      row.check = check;
      row.findingKey = key;
    }
    row.lang = finding.language().code();
    row.rule = finding.rule().id();
    row.decision = verdict;
    MqmIssue issue = MqmIssue.defaultFor(finding);
    row.category = verdict == FindingVerdict.CONFIRMED ? category.orElse(issue.category()) : null;
    row.severity = verdict == FindingVerdict.CONFIRMED ? severity.orElse(issue.severity()) : null;
    row.reason = note;
    row.username = user;
    row.decidedAt = StoredTime.now();
    row.persist();
    if (verdict == FindingVerdict.DISMISSED) {
      dismissals.learn(row, finding);
    } else {
      dismissals.forget(checkId, key);
    }
    history.record(checkId, user, CheckAction.FINDING, finding.language(), subject(finding), before, described(row));
    StoredFindingDecision.getEntityManager().flush();
    return row;
  }

  /** Takes a decision back: the finding is open again. */
  public void undo(long checkId, String key, String user) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              StoredCheck check = checks.find(checkId);
              StoredFindingDecision row = StoredFindingDecision.find("check = ?1 and findingKey = ?2", check, key).firstResult();
              if (row == null) {
                throw new NotFound("decision on finding " + key + " of check " + checkId);
              }
              Finding finding = findingWithKey(check, key).orElse(null);
              history.record(checkId, user, CheckAction.FINDING, Lang.of(row.lang), finding == null ? row.rule + " " + key : subject(finding), described(row), "open");
              dismissals.forget(checkId, key);
              row.delete();
            });
  }

  /**
   * The decisions made on a check, by finding key; a decision on a finding a re-link took away is
   * among them, though no scorecard counts it.
   */
  public Map<String, StoredFindingDecision> of(StoredCheck check) {
    Map<String, StoredFindingDecision> out = new LinkedHashMap<>();
    List<StoredFindingDecision> rows = StoredFindingDecision.list("check = ?1 order by id", check);
    rows.forEach(r -> out.put(r.findingKey, r));
    return out;
  }

  /** One scorecard per translation of the check, from its confirmed findings. */
  public List<Scorecard> scorecards(StoredCheck check) {
    return scorecards(check, FindingsJson.read(check.findings), of(check));
  }

  /**
   * The same from what a caller has read already: the check's findings as they now are and the
   * decisions on them ({@link #of}).
   */
  public List<Scorecard> scorecards(StoredCheck check, List<Finding> findings, Map<String, StoredFindingDecision> decisions) {
    Map<String, List<MqmSeverity>> confirmed = new HashMap<>();
    Map<String, Integer> open = new HashMap<>();
    for (Finding f : findings) {
      StoredFindingDecision decision = decisions.get(FindingKey.of(f));
      if (decision == null) {
        open.merge(f.language().code(), f.severity().atLeast(Severity.WARNING) ? 1 : 0, Integer::sum);
      } else if (decision.decision == FindingVerdict.CONFIRMED) {
        confirmed.computeIfAbsent(f.language().code(), l -> new ArrayList<>()).add(decision.severity);
      }
    }
    List<Segment> english = check.segments().get(Lang.EN);
    int words = Scorecard.words(english == null ? List.of() : english);
    return check.languages().stream()
        .filter(lang -> lang != Lang.EN)
        .map(lang -> Scorecard.of(lang.code(), words, confirmed.getOrDefault(lang.code(), List.of()), open.getOrDefault(lang.code(), 0), model))
        .toList();
  }

  /** The confirmed errors of a check, in the order of its findings, for the MQM table. */
  public List<ConfirmedError> confirmed(StoredCheck check) {
    Map<String, StoredFindingDecision> decisions = of(check);
    List<ConfirmedError> out = new ArrayList<>();
    for (Finding f : FindingsJson.read(check.findings)) {
      StoredFindingDecision d = decisions.get(FindingKey.of(f));
      if (d != null && d.decision == FindingVerdict.CONFIRMED) {
        out.add(new ConfirmedError(f, new MqmIssue(d.category, d.severity), d.username, d.decidedAt, d.reason));
      }
    }
    return out;
  }

  /** Every segment of the check by id, for quoting findings. */
  public static Map<SegmentId, Segment> segmentsById(StoredCheck check) {
    Map<SegmentId, Segment> out = new HashMap<>();
    check.segments().values().forEach(list -> list.forEach(s -> out.put(s.id(), s)));
    return out;
  }

  private static Finding finding(StoredCheck check, String key) {
    return findingWithKey(check, key)
        .orElseThrow(() -> new NotFound("finding " + key + " of check " + check.id + " (a re-link may have changed it: reload the check)"));
  }

  private static Optional<Finding> findingWithKey(StoredCheck check, String key) {
    return FindingsJson.read(check.findings).stream().filter(f -> FindingKey.of(f).equals(key)).findFirst();
  }

  private static String subject(Finding f) {
    String subject = f.rule().id() + " " + SegmentId.spaced(f.segments()) + ": " + f.message();
    return subject.length() > SUBJECT_LENGTH ? subject.substring(0, SUBJECT_LENGTH - 1) + "…" : subject;
  }

  private static String described(StoredFindingDecision row) {
    return row.decision == FindingVerdict.CONFIRMED
        ? "confirmed: " + row.category.label() + ", " + row.severity.code() + (row.reason == null ? "" : " (" + row.reason + ")")
        : "dismissed: " + row.reason;
  }
}
