package org.rosetta.review;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.rosetta.align.Link;
import org.rosetta.store.NotFound;
import org.rosetta.store.StoredTime;
import org.rosetta.text.Lang;

/**
 * The audit trail of checks: every change (created, verdict, re-link, merge, split, deleted) with
 * the signed-in user, the time, and the state before and after in words a reviewer reads
 * ({@code en-4 en-5 → ru-4}).
 */
@ApplicationScoped
public class CheckHistory {
  /** Written in the caller's transaction: the change and its record are stored together or not at all. */
  void record(long checkId, String user, CheckAction action, Lang lang, String subject, String before, String after) {
    CheckEvent event = new CheckEvent();
    event.checkId = checkId;
    event.at = StoredTime.now();
    event.username = user;
    event.action = action;
    event.lang = lang == null ? null : lang.code();
    event.subject = subject;
    event.before = before;
    event.after = after;
    event.persist();
  }

  /** A verdict on a link: its status before and after. */
  void verdict(StoredLink link, String user, LinkStatus before) {
    Lang lang = Lang.of(link.lang);
    record(link.check.id, user, CheckAction.VERDICT, lang, describe(lang, link.link()), before.code(), link.status.code());
  }

  /** A change of the alignment with {@code lang}: the links it removed and the ones it made. */
  void realigned(long checkId, String user, CheckAction action, Lang lang, List<Link> before, List<Link> after) {
    List<Link> removed = before.stream().filter(l -> !contains(after, l)).toList();
    List<Link> made = after.stream().filter(l -> !contains(before, l)).toList();
    record(checkId, user, action, lang, null, describe(lang, removed), describe(lang, made));
  }

  /** A check's events, oldest first; a deleted check keeps its history. */
  public List<CheckEvent> of(long checkId) {
    List<CheckEvent> events = CheckEvent.list("checkId = ?1 order by id", checkId);
    if (events.isEmpty() && StoredCheck.findById(checkId) == null) {
      throw new NotFound("check " + checkId);
    }
    return events;
  }

  /** What a check holds, as its creation and deletion record it. */
  static String summary(StoredCheck check) {
    return "\"" + check.name + "\": " + check.languages().stream().map(Lang::code).collect(Collectors.joining(", "))
        + "; " + check.errors + " errors, " + check.warnings + " warnings";
  }

  private static boolean contains(List<Link> links, Link link) {
    return links.stream().anyMatch(link::sameSentences);
  }

  private static String describe(Lang lang, List<Link> links) {
    List<String> parts = new ArrayList<>();
    links.forEach(link -> parts.add(describe(lang, link)));
    return String.join("; ", parts);
  }

  /** A link in segment ids: {@code en-4 en-5 → ru-4}, an empty side as {@code ∅}. */
  static String describe(Lang lang, Link link) {
    return ids(Lang.EN, link.sourceFrom(), link.sourceTo()) + " → " + ids(lang, link.targetFrom(), link.targetTo());
  }

  private static String ids(Lang lang, int from, int to) {
    return from == to ? "∅" : IntStream.range(from, to).mapToObj(i -> lang.code() + "-" + (i + 1)).collect(Collectors.joining(" "));
  }
}
