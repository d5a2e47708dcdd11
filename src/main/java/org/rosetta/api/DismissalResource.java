package org.rosetta.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
  private final Dismissals dismissals;
  private final ObjectMapper mapper;

  public DismissalResource(Dismissals dismissals, ObjectMapper mapper) {
    this.dismissals = dismissals;
    this.mapper = mapper;
  }

  @GET
  @Operation(
      summary = "The dismissed false alarms later checks no longer raise",
      description = "Newest first: {\"items\": [{\"id\", \"rule\", \"lang\", \"expected\", \"found\", \"reason\", \"user\", \"createdAt\", \"check\", \"key\"}]}. A finding of the same rule, language, expected and found is information on later checks, its message saying who dismissed it and why.")
  public ObjectNode list() {
    ObjectNode out = mapper.createObjectNode();
    ArrayNode items = out.putArray("items");
    for (StoredDismissal d : dismissals.list()) {
      ObjectNode item = items.addObject();
      item.put("id", d.id);
      item.put("rule", d.rule);
      item.put("lang", d.lang);
      item.put("expected", d.expected);
      item.put("found", d.found);
      item.put("reason", d.reason);
      item.put("user", d.username);
      item.put("createdAt", d.createdAt.toString());
      item.put("check", d.checkId);
      item.put("key", d.findingKey);
    }
    return out;
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
