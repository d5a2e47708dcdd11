package org.rosetta.api;

import java.util.List;
import org.rosetta.review.StoredLink;

/**
 * A link's review state after a verdict.
 *
 * @param position the link's place in its language's alignment, 0-based
 * @param status unreviewed, accepted or rejected
 * @param reviewedAt ISO-8601 instant, null while unreviewed
 * @param version the link's, named by the next verdict on it
 */
public record LinkReview(String lang, int position, long id, String status, String reviewer, String reviewedAt, long version) {
  static LinkReview of(StoredLink row) {
    return new LinkReview(row.lang, row.position, row.id, row.status.code(), row.reviewer, row.reviewedAt == null ? null : row.reviewedAt.toString(), row.version);
  }

  /** The links accepted at once, each as a verdict answers it. */
  public record Accepted(List<LinkReview> accepted) {}
}
