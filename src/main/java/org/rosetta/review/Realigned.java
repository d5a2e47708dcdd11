package org.rosetta.review;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.rosetta.align.Link;
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
 * @param findingsBefore the check's findings before the change
 */
public record Realigned(ReviewedCheck reviewed, Lang lang, int from, int removed, int added, List<Finding> findingsBefore) {
  public Realigned {
    findingsBefore = List.copyOf(findingsBefore);
  }

  /** The stretch where {@code after} differs from {@code before}: what is the same at both ends is kept. */
  static Realigned of(ReviewedCheck reviewed, Lang lang, List<Link> before, List<Link> after, List<Finding> findingsBefore) {
    int same = 0;
    while (same < before.size() && same < after.size() && sameSegments(before.get(same), after.get(same))) {
      same++;
    }
    int sameAtEnd = 0;
    while (sameAtEnd < before.size() - same
        && sameAtEnd < after.size() - same
        && sameSegments(before.get(before.size() - 1 - sameAtEnd), after.get(after.size() - 1 - sameAtEnd))) {
      sameAtEnd++;
    }
    return new Realigned(reviewed, lang, same, before.size() - same - sameAtEnd, after.size() - same - sameAtEnd, findingsBefore);
  }

  private static boolean sameSegments(Link a, Link b) {
    return a.sourceFrom() == b.sourceFrom() && a.sourceTo() == b.sourceTo() && a.targetFrom() == b.targetFrom() && a.targetTo() == b.targetTo();
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
