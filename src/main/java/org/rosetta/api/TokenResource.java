package org.rosetta.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rosetta.account.ApiToken;
import org.rosetta.account.ApiTokens;
import org.rosetta.account.BearerTokens;
import org.rosetta.account.Roles;

/** The signed-in user's personal API tokens, for scripts and CI: {@code Authorization: Bearer rst_…}. */
@Path("/api/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "tokens")
@RolesAllowed({Roles.REVIEWER, Roles.LEAD, Roles.ADMIN})
public class TokenResource {
  public record NewToken(@NotNull String name) {}

  /**
   * A token as the API shows one; its value only in the answer that made it.
   *
   * @param createdAt ISO-8601 instant, like {@code lastUsedAt} and {@code revokedAt} (null when not yet)
   * @param token the value to send as {@code Bearer}, present once
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Token(
      long id, String name, String createdAt, String lastUsedAt, String revokedAt, @JsonInclude(JsonInclude.Include.NON_NULL) String token) {
    static Token of(ApiToken token, String value) {
      return new Token(token.id, token.name, token.createdAt.toString(), instant(token.lastUsedAt), instant(token.revokedAt), value);
    }

    private static String instant(Object at) {
      return at == null ? null : at.toString();
    }
  }

  private final ApiTokens tokens;
  private final SecurityIdentity identity;

  public TokenResource(ApiTokens tokens, SecurityIdentity identity) {
    this.tokens = tokens;
    this.identity = identity;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Make a token", description = "Answers 201 with the token's value, shown this once. A token cannot make tokens: sign in with the password.")
  public Response create(@Valid @NotNull NewToken body, UriInfo uri) {
    if (identity.getAttribute(BearerTokens.VIA_TOKEN) != null) {
      return Problem.of(403, "forbidden", "A token cannot make tokens", uri)
          .detail("sign in with your password (HTTP Basic or the sign-in page) to make a token")
          .response();
    }
    ApiTokens.Created created = tokens.create(user(), body.name());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.token().id)).build())
        .entity(Token.of(created.token(), created.value()))
        .build();
  }

  @GET
  @Operation(summary = "The signed-in user's tokens, revoked ones included, without their values")
  public Items<Token> list() {
    return new Items<>(tokens.list(user()).stream().map(t -> Token.of(t, null)).toList());
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Revoke one of the signed-in user's tokens; it stops working at once")
  public Response revoke(@PathParam("id") long id) {
    tokens.revoke(user(), id);
    return Response.noContent().build();
  }

  private String user() {
    return identity.getPrincipal().getName();
  }
}
