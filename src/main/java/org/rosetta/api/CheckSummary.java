package org.rosetta.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.rosetta.review.ReviewProgress;
import org.rosetta.review.StoredCheck;

/**
 * A stored check without its texts: what the list of checks shows, and the first fields of a
 * whole check.
 *
 * @param createdAt ISO-8601 instant
 * @param version changes with every change to the check; a re-link names the version it saw
 * @param engineVersion the release whose engine made the check's segments and links
 * @param languages English and the translations checked
 * @param glossary the glossary checked against, or null
 * @param bilingual the bilingual file checked, or null for documents
 */
public record CheckSummary(
    long id,
    String name,
    String createdAt,
    long version,
    String engineVersion,
    List<String> languages,
    GlossaryUsed glossary,
    BilingualFile bilingual,
    FindingCounts findingCounts,
    ReviewCounts review) {

  /** @param id the stored glossary's, absent when it was given with the check and not stored */
  public record GlossaryUsed(String name, @JsonInclude(JsonInclude.Include.NON_NULL) Long id) {}

  public record BilingualFile(String name) {}

  public record FindingCounts(int error, int warning, int info) {}

  public record ReviewCounts(long links, long reviewed, long accepted, long rejected) {}

  static CheckSummary of(StoredCheck check, ReviewProgress progress) {
    return new CheckSummary(
        check.id,
        check.name,
        check.createdAt.toString(),
        check.version,
        check.engineVersion,
        check.languages().stream().map(l -> l.code()).toList(),
        check.glossaryName == null ? null : new GlossaryUsed(check.glossaryName, check.glossary == null ? null : check.glossary.id),
        check.isBilingual() ? new BilingualFile(check.bilingualName) : null,
        new FindingCounts(check.errors, check.warnings, check.infos),
        new ReviewCounts(progress.links(), progress.reviewed(), progress.accepted(), progress.rejected()));
  }
}
