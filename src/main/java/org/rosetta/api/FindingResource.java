package org.rosetta.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rosetta.account.Roles;
import org.rosetta.report.mqm.MqmCategory;
import org.rosetta.report.mqm.MqmSeverity;
import org.rosetta.review.CheckService;
import org.rosetta.review.FindingDecisions;
import org.rosetta.review.FindingVerdict;
import org.rosetta.review.StoredCheck;
import org.rosetta.review.StoredFindingDecision;

/**
 * Decisions on a check's findings, by the finding's {@code key} (as the check's JSON gives it):
 * confirmed as an MQM error or dismissed as a false alarm, and the scorecard they add up to.
 */
@Path("/api/checks/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "review")
@RolesAllowed({Roles.REVIEWER, Roles.LEAD, Roles.ADMIN})
public class FindingResource {
  private static final String KEY = "[0-9a-f]{16}";

  private final FindingDecisions decisions;
  private final CheckService checks;
  private final SecurityIdentity identity;

  public FindingResource(FindingDecisions decisions, CheckService checks, SecurityIdentity identity) {
    this.decisions = decisions;
    this.checks = checks;
    this.identity = identity;
  }

  @PUT
  @Path("findings/{key}")
  @Operation(
      summary = "Confirm a finding as an error, or dismiss it as a false alarm",
      description = "confirmed takes an MQM category and severity (the rule's default when left out: an omission is accuracy/major, a sentence left in English accuracy/critical, a term terminology/major); dismissed needs a reason. Each decision is in the check's history; DELETE takes it back.")
  public FindingDecision decide(
      @PathParam("id") long id,
      @PathParam("key") @Pattern(regexp = KEY, message = "must be a finding's key: 16 hex digits") String key,
      @Valid @NotNull DecisionRequest body) {
    StoredFindingDecision decided =
        decisions.decide(
            id,
            key,
            FindingVerdict.of(body.decision()).orElseThrow(),
            body.category() == null ? java.util.Optional.empty() : MqmCategory.of(body.category()),
            body.severity() == null ? java.util.Optional.empty() : MqmSeverity.of(body.severity()),
            body.reason(),
            identity.getPrincipal().getName());
    return FindingDecision.of(decided);
  }

  @DELETE
  @Path("findings/{key}")
  @Operation(summary = "Take a decision on a finding back: the finding is open again")
  public Response undo(@PathParam("id") long id, @PathParam("key") @Pattern(regexp = KEY, message = "must be a finding's key: 16 hex digits") String key) {
    decisions.undo(id, key, identity.getPrincipal().getName());
    return Response.noContent().build();
  }

  @GET
  @Path("scorecard")
  @Operation(
      summary = "The MQM scorecard of each translation",
      description = "Confirmed errors by severity, weighed (minor 1, major 5, critical 25 by default: rosetta.mqm.*) into penalty points per 1,000 English words; PASS at rosetta.mqm.pass-at-most (10) or fewer. Errors and warnings not yet decided are counted apart as open, never in the score.")
  public Scorecards scorecard(@PathParam("id") long id) {
    StoredCheck check = checks.find(id);
    return Scorecards.of(check.id, decisions.model(), decisions.scorecards(check), decisions.of(check).values());
  }
}
