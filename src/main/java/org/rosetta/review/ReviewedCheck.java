package org.rosetta.review;

import java.util.List;
import java.util.Map;
import org.rosetta.report.DocumentReport;
import org.rosetta.text.Lang;

/**
 * A stored check as the API, the review page and the exports read it, built from its rows: the
 * report (texts, segments, detections, current links and findings) and each link's verdict.
 *
 * @param links the check's link rows by language, in alignment order: link {@code i} of
 *     {@code report.alignments().get(lang)} is row {@code i}
 */
public record ReviewedCheck(StoredCheck check, DocumentReport report, Map<Lang, List<StoredLink>> links) {
  public ReviewedCheck {
    // By language in the languages' order, as the rows were read.
    links = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(links));
  }

  public ReviewProgress progress() {
    return ReviewProgress.of(links.values().stream().flatMap(List::stream).toList());
  }

  /** The row of link {@code position} of the alignment with {@code lang}. */
  public StoredLink row(Lang lang, int position) {
    return links.get(lang).get(position);
  }
}
