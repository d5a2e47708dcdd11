package org.rosetta.review;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.StaleStateException;
import org.rosetta.align.Link;
import org.rosetta.align.Realignment;
import org.rosetta.check.Finding;
import org.rosetta.check.Severity;
import org.rosetta.library.MemoryService;
import org.rosetta.report.DocumentReport;
import org.rosetta.report.FindingsJson;
import org.rosetta.store.NotFound;
import org.rosetta.store.StoredTime;
import org.rosetta.text.Lang;
import org.rosetta.text.Refusal;
import org.rosetta.text.Segment;

/**
 * A reviewer's decisions: a verdict on a link, or a change of the alignment itself, after which
 * the findings are computed again for the links as they now are.
 */
@ApplicationScoped
public class ReviewService {
  private final CheckService checks;
  private final MemoryService memories;
  private final CheckHistory history;

  public ReviewService(CheckService checks, MemoryService memories, CheckHistory history) {
    this.checks = checks;
    this.memories = memories;
    this.history = history;
  }

  /**
   * Sets a link's status.
   *
   * @param version the link's version the reviewer saw; a different one means someone else
   *     decided in between
   */
  public StoredLink setStatus(long checkId, long linkId, LinkStatus status, String reviewer, long version) {
    StoredLink decided = guarded(
        () -> {
          StoredLink link = link(checkId, linkId);
          if (link.version != version) {
            throw new StaleUpdate(
                "link " + linkId + " was changed by " + (link.reviewer == null ? "someone else" : link.reviewer)
                    + " since you loaded it (version " + link.version + ", yours " + version + "): reload the check");
          }
          LinkStatus before = link.status;
          link.status = status;
          link.reviewer = status == LinkStatus.UNREVIEWED ? null : reviewer;
          link.reviewedAt = status == LinkStatus.UNREVIEWED ? null : StoredTime.now();
          history.verdict(link, reviewer, before);
          StoredLink.getEntityManager().flush();
          return link;
        });
    memories.reviewsChanged();
    return decided;
  }

  /**
   * Accepts, in one change, every unreviewed link the aligner is sure of and no finding questions:
   * links that pair sentences, scored at least {@code minScore}, with no error or warning on their
   * sentences (information, such as a merge, does not count). Each is a verdict in the history,
   * so each can be undone as any verdict is.
   *
   * @return the links accepted
   */
  public List<StoredLink> acceptConfident(long checkId, String reviewer, double minScore) {
    List<StoredLink> accepted = guarded(
        () -> {
          StoredCheck check = checks.find(checkId);
          Map<Lang, List<Segment>> segments = check.segments();
          Set<String> questioned = new HashSet<>();
          for (Finding f : FindingsJson.read(check.findings)) {
            if (f.severity().atLeast(Severity.WARNING)) {
              f.segments().forEach(id -> questioned.add(f.language().code() + ":" + id));
            }
          }
          List<StoredLink> decided = new ArrayList<>();
          for (List<StoredLink> rows : checks.links(check).values()) {
            for (StoredLink link : rows) {
              if (link.status == LinkStatus.UNREVIEWED
                  && link.score >= minScore
                  && link.sourceTo > link.sourceFrom
                  && link.targetTo > link.targetFrom
                  && !questioned(link, segments, questioned)) {
                link.status = LinkStatus.ACCEPTED;
                link.reviewer = reviewer;
                link.reviewedAt = StoredTime.now();
                history.verdict(link, reviewer, LinkStatus.UNREVIEWED);
                decided.add(link);
              }
            }
          }
          StoredLink.getEntityManager().flush();
          return decided;
        });
    if (!accepted.isEmpty()) {
      memories.reviewsChanged();
    }
    return accepted;
  }

  /** Whether an error or a warning of the link's language names one of its sentences. */
  private static boolean questioned(StoredLink link, Map<Lang, List<Segment>> segments, Set<String> questioned) {
    Lang lang = Lang.of(link.lang);
    List<Segment> sentences = new ArrayList<>(segments.get(Lang.EN).subList(link.sourceFrom, link.sourceTo));
    sentences.addAll(segments.get(lang).subList(link.targetFrom, link.targetTo));
    return sentences.stream().anyMatch(s -> questioned.contains(link.lang + ":" + s.id()) || questioned.contains(Lang.EN.code() + ":" + s.id()));
  }

  /**
   * A link of a check.
   *
   * @throws NotFound when the check does not exist
   * @throws StaleUpdate when the link is not (or no longer) part of it: a re-link replaced it
   */
  public StoredLink link(long checkId, long linkId) {
    StoredCheck check = checks.find(checkId);
    StoredLink link = StoredLink.findById(linkId);
    if (link == null || !link.check.id.equals(check.id)) {
      throw new StaleUpdate("link " + linkId + " is not part of check " + checkId + " (any more): reload the check");
    }
    return link;
  }

  /**
   * Changes the alignment with {@code lang}, then re-checks the document with the new links. The
   * change is worked out in one short transaction and stored in a second; the rules run between
   * them (a book takes them half a second), holding no transaction. The second stores only if the
   * check is still at the version the first read: a change stored meanwhile makes this one stale.
   *
   * @param action which operation it is, for the check's history: a re-link, merge, split or re-align
   * @param change the reviewer's operation on the current links
   * @param version the check's version the reviewer saw
   * @return the check as it now is, and what changed in it
   */
  public Realigned realign(
      long checkId, Lang lang, long version, String reviewer, CheckAction action, Function<List<Link>, Realignment.Result> change) {
    Planned plan = guarded(
        () -> {
          StoredCheck check = current(checkId, version, LockModeType.NONE);
          Map<Lang, List<StoredLink>> rows = checks.links(check);
          List<StoredLink> current = rows.get(lang);
          if (current == null) {
            throw new Refusal("check " + checkId + " has no " + lang.code() + " text");
          }
          List<Link> before = current.stream().map(StoredLink::link).toList();
          Realignment.Result result = change.apply(before);
          Map<Lang, List<Link>> alignments = new EnumMap<>(Lang.class);
          rows.forEach((l, r) -> alignments.put(l, r.stream().map(StoredLink::link).toList()));
          alignments.put(lang, result.links());
          return new Planned(before, result, alignments, checks.recheckOf(check));
        });
    DocumentReport judged = plan.recheck().judge(checks.engine(), plan.alignments());
    Realigned changed = guarded(
        () -> {
          // Locked, so that of two changes stored at once the second waits and finds the version moved on.
          StoredCheck check = current(checkId, version, LockModeType.PESSIMISTIC_WRITE);
          List<StoredLink> current = checks.links(check).get(lang);
          DocumentReport report = checks.named(check, judged);
          List<Finding> findingsBefore = FindingsJson.read(check.findings);
          replaceLinks(check, lang, current, plan.result(), reviewer);
          history.realigned(checkId, reviewer, action, lang, plan.before(), plan.result().links());
          ReportRecords.apply(check, report);
          // The version moves on now: the lock already held outranks an optimistic increment, which would be skipped.
          StoredCheck.getEntityManager().lock(check, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
          StoredCheck.getEntityManager().flush();
          // What was just computed and stored, with the rows as they now are: not read back.
          return Realigned.of(new ReviewedCheck(check, report, checks.links(check)), lang, plan.before(), plan.result(), findingsBefore);
        });
    memories.reviewsChanged();
    return changed;
  }

  /** A change to an alignment worked out, and the check ready to be judged on it. */
  private record Planned(List<Link> before, Realignment.Result result, Map<Lang, List<Link>> alignments, CheckService.Recheck recheck) {}

  /** The check, if it is still at the version the reviewer saw. */
  private StoredCheck current(long checkId, long version, LockModeType lock) {
    StoredCheck check = checks.find(checkId, lock);
    if (check.version != version) {
      throw new StaleUpdate(
          "check " + checkId + " was re-linked by someone else since you loaded it (version " + check.version + ", yours " + version + "): reload it");
    }
    return check;
  }

  /**
   * Aligns the sentences of links {@code fromLink} to {@code toLink} (ids, both included) again:
   * the aligner's second try at a stretch a reviewer selects. The links it makes as they were keep
   * their verdicts; the others are new and unreviewed; the history records the change.
   */
  public Realigned realignRange(long checkId, long fromLink, long toLink, long version, String reviewer) {
    StoredLink first = link(checkId, fromLink);
    StoredLink last = link(checkId, toLink);
    if (!first.lang.equals(last.lang)) {
      throw new Refusal("links " + fromLink + " and " + toLink + " are of different translations (" + first.lang + ", " + last.lang + ")");
    }
    Lang lang = Lang.of(first.lang);
    return realign(
        checkId,
        lang,
        version,
        reviewer,
        CheckAction.REALIGN,
        links -> checks.realignRange(checks.find(checkId), lang, links, positionOf(links, first), positionOf(links, last)));
  }

  /** Where a link the reviewer saw is in the current alignment; it may have moved since. */
  public static int positionOf(List<Link> links, StoredLink row) {
    for (int i = 0; i < links.size(); i++) {
      if (row.sameSegments(links.get(i))) {
        return i;
      }
    }
    throw new StaleUpdate("link " + row.id + " was changed since you loaded it: reload the check");
  }

  /** Keeps the rows (and verdicts) of links the change left as they were; replaces the others. */
  private static void replaceLinks(
      StoredCheck check, Lang lang, List<StoredLink> current, Realignment.Result result, String reviewer) {
    List<StoredLink> unused = new ArrayList<>(current);
    List<Link> links = result.links();
    for (int i = 0; i < links.size(); i++) {
      Link link = links.get(i);
      StoredLink kept = i == result.decided() ? null : unused.stream().filter(r -> r.sameSegments(link)).findFirst().orElse(null);
      if (kept != null) {
        unused.remove(kept);
        kept.position = i;
        continue;
      }
      StoredLink row = StoredLink.of(check, lang.code(), i, link);
      if (i == result.decided()) {
        row.status = LinkStatus.ACCEPTED;
        row.reviewer = reviewer;
        row.reviewedAt = StoredTime.now();
      }
      row.persist();
    }
    unused.forEach(StoredLink::delete);
  }

  /**
   * Runs a change in its own transaction; a concurrent change that wins first makes it stale, and
   * so does one the database had to choose against (a deadlock between two changes, a lock waited
   * for too long).
   */
  private static <T> T guarded(java.util.function.Supplier<T> change) {
    try {
      return QuarkusTransaction.requiringNew().call(change::get);
    } catch (RuntimeException e) {
      if (lostToAnother(e) || lostToAnother(e.getCause())) {
        throw new StaleUpdate("someone else changed this at the same moment: reload and decide again");
      }
      throw e;
    }
  }

  private static boolean lostToAnother(Throwable e) {
    return e instanceof OptimisticLockException || e instanceof StaleStateException || e instanceof PessimisticLockException || e instanceof LockTimeoutException;
  }
}
