package org.rosetta.review;

import java.util.Map;

/** How far the review of a check has come. */
public record ReviewProgress(long links, long accepted, long rejected) {
  /** From the number of links in each status; a status that is missing has none. */
  public static ReviewProgress of(Map<LinkStatus, Long> byStatus) {
    return new ReviewProgress(
        byStatus.values().stream().mapToLong(Long::longValue).sum(),
        byStatus.getOrDefault(LinkStatus.ACCEPTED, 0L),
        byStatus.getOrDefault(LinkStatus.REJECTED, 0L));
  }

  /** From the links themselves, when they are loaded anyway. */
  public static ReviewProgress of(Iterable<StoredLink> links) {
    Map<LinkStatus, Long> byStatus = new java.util.EnumMap<>(LinkStatus.class);
    links.forEach(l -> byStatus.merge(l.status, 1L, Long::sum));
    return of(byStatus);
  }

  public long reviewed() {
    return accepted + rejected;
  }
}
