package org.rosetta.api;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.rosetta.align.Link;
import org.rosetta.check.Finding;
import org.rosetta.report.DocumentReport;
import org.rosetta.report.mqm.FindingKey;
import org.rosetta.review.Realigned;
import org.rosetta.review.ReviewProgress;
import org.rosetta.review.StoredLink;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;
import org.rosetta.text.SegmentId;

/**
 * What a re-link, merge, split or re-align changed, instead of the whole check: the links of one
 * translation that replaced others, the findings that came and went, and the review's counts. A
 * client that holds the check applies it: links {@code from} to {@code from + removed - 1} of
 * {@code lang} give way to {@code links}.
 *
 * @param version the check's version now, which the next change names
 * @param from the position of the first link replaced
 * @param removed how many links were replaced
 * @param made the position of the link the reviewer made (a re-link's, a merge's, a split's), null
 *     for a re-align, whose links the aligner made
 * @param links the links that replaced them, from position {@code from} on
 * @param englishFrom the first English sentence (from 0) whose place shows a replaced or a new link:
 *     a link that renders none is shown at the sentence of its place
 * @param englishTo the sentence after the last one that does
 * @param findingsAdded findings the rules raise now and did not before
 * @param findingsRemoved findings they raised before and do not now
 */
public record AlignmentChange(
    long check,
    long version,
    String lang,
    int from,
    int removed,
    @Schema(nullable = true) Integer made,
    List<ChangedLink> links,
    int englishFrom,
    int englishTo,
    List<ChangedFinding> findingsAdded,
    List<ChangedFinding> findingsRemoved,
    CheckSummary.ReviewCounts review) {

  /**
   * A link as the check's JSON gives it, with its place and review state.
   *
   * @param source the English segment ids it renders; empty for an addition
   * @param target the translated segment ids; empty for an omission
   * @param status unreviewed, accepted or rejected
   */
  public record ChangedLink(
      int position,
      long id,
      List<String> source,
      List<String> target,
      double score,
      String status,
      @Schema(nullable = true) String reviewer,
      @Schema(nullable = true) String reviewedAt,
      long version) {}

  /** A finding as the report names it: its key (for decisions), rule, severity, language, segments and message. */
  public record ChangedFinding(String key, String rule, String severity, String language, List<String> segments, String message) {
    static ChangedFinding of(Finding f) {
      return new ChangedFinding(FindingKey.of(f), f.rule().id(), f.severity().code(), f.language().code(), f.segments().stream().map(SegmentId::toString).toList(), f.message());
    }
  }

  static AlignmentChange of(Realigned change) {
    DocumentReport report = change.reviewed().report();
    Lang lang = change.lang();
    List<Link> now = report.alignments().get(lang);
    List<Segment> english = report.texts().get(Lang.EN).segments();
    List<Segment> translation = report.texts().get(lang).segments();
    List<ChangedLink> links = new ArrayList<>();
    for (int i = change.from(); i < change.from() + change.added(); i++) {
      Link link = now.get(i);
      StoredLink row = change.reviewed().row(lang, i);
      links.add(
          new ChangedLink(
              i,
              row.id,
              ids(english.subList(link.sourceFrom(), link.sourceTo())),
              ids(translation.subList(link.targetFrom(), link.targetTo())),
              link.score(),
              row.status.code(),
              row.reviewer,
              row.reviewedAt == null ? null : row.reviewedAt.toString(),
              row.version));
    }
    ReviewProgress progress = change.reviewed().progress();
    return new AlignmentChange(
        change.reviewed().check().id,
        change.reviewed().check().version,
        lang.code(),
        change.from(),
        change.removed(),
        change.made() < 0 ? null : change.made(),
        links,
        change.englishFrom(),
        change.englishTo(),
        change.findingsAdded().stream().map(ChangedFinding::of).toList(),
        change.findingsRemoved().stream().map(ChangedFinding::of).toList(),
        new CheckSummary.ReviewCounts(progress.links(), progress.reviewed(), progress.accepted(), progress.rejected()));
  }

  private static List<String> ids(List<Segment> segments) {
    return segments.stream().map(s -> s.id().toString()).toList();
  }
}
