package org.rosetta.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.rosetta.align.Link;
import org.rosetta.align.Realignment;
import org.rosetta.check.Finding;
import org.rosetta.report.mqm.FindingKey;
import org.rosetta.text.Lang;

/**
 * A check after a re-link, merge, split or re-align, and what changed in it: the stretch of one
 * translation's links that was replaced, and the findings that came and went (the rules run on the
 * whole document again, so a change can raise or settle a finding anywhere).
 *
 * @param from the position of the first link replaced, which is also that of the first new one
 * @param removed how many links were replaced
 * @param added how many links replaced them: positions {@code from} to {@code from + added - 1}
 * @param englishFrom the first English sentence whose place shows a replaced or a new link
 * @param englishTo the sentence after the last one that does
 * @param made the position of the link the reviewer made (a re-link's, a merge's, a split's),
 *     or -1 when the aligner made them all (a re-align)
 * @param findingsBefore the check's findings before the change
 */
public record Realigned(
    ReviewedCheck reviewed, Lang lang, int from, int removed, int added, int englishFrom, int englishTo, int made, List<Finding> findingsBefore) {
  public Realigned {
    findingsBefore = List.copyOf(findingsBefore);
  }

  /** The stretch where {@code after} differs from {@code before}: what is the same at both ends is kept. */
  static Realigned of(ReviewedCheck reviewed, Lang lang, List<Link> before, Realignment.Result after, List<Finding> findingsBefore) {
    List<Link> now = after.links();
    int same = 0;
    while (same < before.size() && same < now.size() && before.get(same).sameSentences(now.get(same))) {
      same++;
    }
    int sameAtEnd = 0;
    while (sameAtEnd < before.size() - same
        && sameAtEnd < now.size() - same
        && before.get(before.size() - 1 - sameAtEnd).sameSentences(now.get(now.size() - 1 - sameAtEnd))) {
      sameAtEnd++;
    }
    List<Link> changed = new ArrayList<>(before.subList(same, before.size() - sameAtEnd));
    changed.addAll(now.subList(same, now.size() - sameAtEnd));
    int sentences = reviewed.report().texts().get(Lang.EN).segments().size();
    int englishFrom = sentences;
    int englishTo = 0;
    for (Link link : changed) {
      // A link that renders no English sentence is shown at the sentence of its place (the last one at the end).
      int first = link.sourceTo() > link.sourceFrom() ? link.sourceFrom() : Math.min(link.sourceFrom(), Math.max(sentences - 1, 0));
      englishFrom = Math.min(englishFrom, first);
      englishTo = Math.max(englishTo, Math.max(link.sourceTo(), first + 1));
    }
    if (changed.isEmpty()) {
      englishFrom = 0;
      englishTo = 0;
    }
    return new Realigned(
        reviewed, lang, same, before.size() - same - sameAtEnd, now.size() - same - sameAtEnd, englishFrom, Math.min(englishTo, sentences), after.decided(), findingsBefore);
  }

  /** The findings the change raised: in the check now, not before (by their keys). */
  public List<Finding> findingsAdded() {
    return notIn(reviewed.report().findings(), findingsBefore);
  }

  /** The findings the change settled: in the check before, not now. */
  public List<Finding> findingsRemoved() {
    return notIn(findingsBefore, reviewed.report().findings());
  }

  private static List<Finding> notIn(List<Finding> these, List<Finding> those) {
    Set<String> keys = those.stream().map(FindingKey::of).collect(Collectors.toSet());
    return these.stream().filter(f -> !keys.contains(FindingKey.of(f))).toList();
  }
}
