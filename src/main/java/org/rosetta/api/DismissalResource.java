package org.rosetta.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rosetta.account.Roles;
import org.rosetta.review.Dismissals;
import org.rosetta.review.StoredDismissal;

/**
 * The false alarms the team dismissed, as patterns its later checks no longer raise: every
 * reviewer sees them; a lead or an admin deletes one.
 */
@Path("/api/dismissals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "review")
@RolesAllowed({Roles.REVIEWER, Roles.LEAD, Roles.ADMIN})
public class DismissalResource {
  /**
   * A dismissed false alarm: findings of this rule, language, expected and found are information
   * on later checks.
   *
   * @param user who dismissed it
   * @param createdAt ISO-8601 instant
   * @param check the check it was dismissed on
   * @param key the dismissed finding's key there
   */
  public record Dismissal(
      long id, String rule, String lang, String expected, String found, String reason, String user, String createdAt, Long check, String key) {
    static Dismissal of(StoredDismissal d) {
      return new Dismissal(d.id, d.rule, d.lang, d.expected, d.found, d.reason, d.username, d.createdAt.toString(), d.checkId, d.findingKey);
    }
  }

  private final Dismissals dismissals;

  public DismissalResource(Dismissals dismissals) {
    this.dismissals = dismissals;
  }

  @GET
  @Operation(
      summary = "The dismissed false alarms later checks no longer raise",
      description = "Newest first. A finding of the same rule, language, expected and found is information on later checks, its message saying who dismissed it and why.")
  public Items<Dismissal> list() {
    return new Items<>(dismissals.list().stream().map(Dismissal::of).toList());
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Roles.LEAD, Roles.ADMIN})
  @Operation(summary = "Delete a dismissal: its findings are raised again from the next check on")
  public Response delete(@PathParam("id") long id) {
    dismissals.delete(id);
    return Response.noContent().build();
  }
}
