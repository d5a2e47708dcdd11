package org.rosetta.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rosetta.account.Account;
import org.rosetta.account.AccountService;
import org.rosetta.account.BearerTokens;
import org.rosetta.account.RememberedPasswords;
import org.rosetta.account.Roles;

/** The users of the service: an admin creates them, disables them and sets new passwords. */
@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "users")
@RolesAllowed(Roles.ADMIN)
public class UserResource {
  /** A new user; {@code roles} from reviewer, lead, admin. */
  public record NewUser(@NotNull String username, @NotNull String password, @NotNull List<String> roles) {}

  public record NewPassword(@NotNull String password) {}

  public record Enabled(@NotNull Boolean enabled) {}

  /** A user's own new password, with the current one as proof. */
  public record OwnPassword(@NotNull String currentPassword, @NotNull String password) {}

  /**
   * A user as the API shows one.
   *
   * @param createdAt ISO-8601 instant
   * @param createdBy the admin who created the user, or null for the first admin
   */
  public record User(String username, List<String> roles, boolean enabled, String createdAt, String createdBy) {
    static User of(Account account) {
      return new User(account.username, account.roleList(), account.enabled, account.createdAt.toString(), account.createdBy);
    }
  }

  /** The signed-in user and the roles they hold. */
  public record Me(String username, List<String> roles) {}

  private final AccountService accounts;
  private final RememberedPasswords passwords;
  private final SecurityIdentity identity;

  public UserResource(AccountService accounts, RememberedPasswords passwords, SecurityIdentity identity) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.identity = identity;
  }

  @POST
  @Operation(summary = "Create a user (password: 12 characters or more, not the user name)")
  public Response create(@Valid @NotNull NewUser body, UriInfo uri) {
    Account account = accounts.create(body.username(), body.password(), body.roles(), identity.getPrincipal().getName());
    return Response.created(uri.getAbsolutePathBuilder().path(account.username).build()).entity(User.of(account)).build();
  }

  @GET
  @Operation(summary = "List the users")
  public List<User> list() {
    return accounts.list().stream().map(User::of).toList();
  }

  @GET
  @Path("me")
  @RolesAllowed({Roles.REVIEWER, Roles.LEAD, Roles.ADMIN})
  @Operation(summary = "The signed-in user and their roles")
  public Me me() {
    return new Me(identity.getPrincipal().getName(), Roles.ALL.stream().filter(identity::hasRole).toList());
  }

  @PUT
  @Path("me/password")
  @RolesAllowed({Roles.REVIEWER, Roles.LEAD, Roles.ADMIN})
  @Operation(summary = "Change your own password (give the current one); every session of yours ends, tokens stay")
  public Response changeOwnPassword(@Valid @NotNull OwnPassword body, UriInfo uri) {
    if (identity.getAttribute(BearerTokens.VIA_TOKEN) != null) {
      return Problem.of(403, "forbidden", "A token cannot change a password", uri)
          .detail("sign in with your password (HTTP Basic or the sign-in page) to change it")
          .response();
    }
    String name = identity.getPrincipal().getName();
    // The current password is guessed no faster here than at sign-in.
    long wait = passwords.delayMillis(name);
    if (wait > 0) {
      return Problem.of(429, "too-many-attempts", "Too many wrong passwords", uri)
          .detail("wait " + (wait / 1000 + 1) + " s before trying your current password again")
          .response();
    }
    if (!accounts.passwordMatches(name, body.currentPassword())) {
      passwords.recordFailure(name);
    }
    accounts.changeOwnPassword(name, body.currentPassword(), body.password());
    return Response.noContent().build();
  }

  @GET
  @Path("{username}")
  @Operation(summary = "One user")
  public User get(@PathParam("username") String username) {
    return User.of(accounts.get(username));
  }

  @PUT
  @Path("{username}/password")
  @Operation(summary = "Set a new password for a user")
  public User resetPassword(@PathParam("username") String username, @Valid @NotNull NewPassword body) {
    return User.of(accounts.resetPassword(username, body.password()));
  }

  @PUT
  @Path("{username}/enabled")
  @Operation(summary = "Disable a user (they can no longer sign in, their decisions stay theirs) or enable them again")
  public User setEnabled(@PathParam("username") String username, @Valid @NotNull Enabled body) {
    return User.of(accounts.setEnabled(username, body.enabled(), identity.getPrincipal().getName()));
  }
}
