package org.rosetta.report;

import java.time.Instant;
import java.util.List;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;
import org.rosetta.text.SegmentId;

/**
 * One link with a reviewer's verdict, as the exports see it.
 *
 * @param status "unreviewed", "accepted" or "rejected"
 * @param reviewer who decided, or null
 * @param reviewedAt when, or null
 */
public record ReviewedLink(
    Lang lang, List<Segment> source, List<Segment> target, double score, String status, String reviewer, Instant reviewedAt) {
  public ReviewedLink {
    source = List.copyOf(source);
    target = List.copyOf(target);
  }

  /** Whether a translation memory should take it: a pair of texts nobody rejected. */
  public boolean isTranslationUnit() {
    return !source.isEmpty() && !target.isEmpty() && !"rejected".equals(status);
  }

  /** An English sentence left out of the translation, and nobody said otherwise. */
  public boolean isOmission() {
    return !source.isEmpty() && target.isEmpty() && !"rejected".equals(status);
  }

  public String sourceText() {
    return Segment.joinedText(source);
  }

  public String targetText() {
    return Segment.joinedText(target);
  }

  public String sourceIds() {
    return SegmentId.spaced(Segment.ids(source));
  }

  public String targetIds() {
    return SegmentId.spaced(Segment.ids(target));
  }
}
