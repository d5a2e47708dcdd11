package org.rosetta.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.function.BiFunction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rosetta.account.Roles;
import org.rosetta.align.Link;
import org.rosetta.align.Realignment;
import org.rosetta.align.Realignment.Side;
import org.rosetta.review.CheckAction;
import org.rosetta.review.LinkStatus;
import org.rosetta.review.Realigned;
import org.rosetta.review.ReviewService;
import org.rosetta.review.StoredLink;
import org.rosetta.text.Lang;

/**
 * A reviewer's decisions on a check: a verdict per link, and changes to the alignment itself
 * (move a segment, merge, split, align a stretch again), after which the findings follow the new
 * links; those answer what changed ({@link AlignmentChange}), not the whole check. Every request
 * carries the version the reviewer saw; a stale one is refused with 409.
 */
@Path("/api/checks/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "review")
@RolesAllowed({Roles.REVIEWER, Roles.LEAD, Roles.ADMIN})
public class ReviewResource {
  private final ReviewService review;
  private final SecurityIdentity identity;

  public ReviewResource(ReviewService review, SecurityIdentity identity) {
    this.review = review;
    this.identity = identity;
  }

  /** Decisions are the signed-in user's: a request's own {@code reviewer} field is ignored. */
  private String reviewer() {
    return identity.getPrincipal().getName();
  }

  @PUT
  @Path("links/{linkId}")
  @Operation(summary = "Accept, reject or reset one link")
  public LinkReview setStatus(@PathParam("id") long id, @PathParam("linkId") long linkId, @Valid @NotNull StatusRequest body) {
    StoredLink link = review.setStatus(id, linkId, LinkStatus.of(body.status()), reviewer(), body.version());
    return LinkReview.of(link);
  }

  @POST
  @Path("accept-confident")
  // Nothing is sent but the query: a POST without a body, or with any.
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Accept every unreviewed link the aligner is sure of and no finding questions",
      description = "Links that pair sentences, scored at least minScore (default 0.9: links so scored are right 99.7% of the time), with no error or warning on their sentences. Each becomes a verdict in the history; undo one by setting it back to unreviewed.")
  public LinkReview.Accepted acceptConfident(
      @PathParam("id") long id,
      @QueryParam("minScore") @DefaultValue("0.9") @DecimalMin(value = "0", message = "must be between 0 and 1") @DecimalMax(value = "1", message = "must be between 0 and 1") double minScore) {
    List<StoredLink> accepted = review.acceptConfident(id, reviewer(), minScore);
    return new LinkReview.Accepted(accepted.stream().map(LinkReview::of).toList());
  }

  @POST
  @Path("relink")
  @Operation(summary = "Move a segment into the link of another segment, or out of its link when 'to' is absent")
  public AlignmentChange relink(@PathParam("id") long id, @Valid @NotNull RelinkRequest body) {
    Lang lang = Lang.of(body.lang());
    SegmentRef moved = SegmentRef.parse("segment", body.segment(), lang);
    SegmentRef to = body.to() == null ? null : SegmentRef.parse("to", body.to(), lang);
    Realigned change =
        review.realign(
            id,
            lang,
            body.version(),
            reviewer(),
            CheckAction.RELINK,
            links -> {
              Side side = moved.side();
              if (to == null) {
                return Realignment.detach(links, side, moved.index());
              }
              return Realignment.attach(links, side, moved.index(), Realignment.linkOf(links, to.side(), to.index()));
            });
    return AlignmentChange.of(change);
  }

  @POST
  @Path("merge")
  @Operation(summary = "Join a link with the link after it")
  public AlignmentChange merge(@PathParam("id") long id, @Valid @NotNull MergeRequest body) {
    return changeLink(id, body.link(), body.version(), CheckAction.MERGE, Realignment::merge);
  }

  @POST
  @Path("split")
  @Operation(summary = "Cut a link in two after its first 'sources' English and 'targets' translated segments")
  public AlignmentChange split(@PathParam("id") long id, @Valid @NotNull SplitRequest body) {
    return changeLink(
        id, body.link(), body.version(), CheckAction.SPLIT, (links, k) -> Realignment.split(links, k, body.sources(), body.targets()));
  }

  @POST
  @Path("realign")
  @Operation(
      summary = "Align the sentences of links 'from' to 'to' (ids, both included, of one translation) again",
      description = "The aligner's second try at a stretch the reviewer selects: its links replace the range's; links it makes again as they were keep their verdicts, the others are unreviewed. Not for a bilingual file, whose links are its units. In the history as realign.")
  public AlignmentChange realignRange(@PathParam("id") long id, @Valid @NotNull RealignRequest body) {
    return AlignmentChange.of(review.realignRange(id, body.from(), body.to(), body.version(), reviewer()));
  }

  /** Applies {@code change} to the link the reviewer chose, wherever it now is in the alignment. */
  private AlignmentChange changeLink(
      long checkId, long linkId, long version, CheckAction action, BiFunction<List<Link>, Integer, Realignment.Result> change) {
    StoredLink row = review.link(checkId, linkId);
    return AlignmentChange.of(
        review.realign(checkId, Lang.of(row.lang), version, reviewer(), action, links -> change.apply(links, ReviewService.positionOf(links, row))));
  }

}
