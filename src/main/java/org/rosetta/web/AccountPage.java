package org.rosetta.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rosetta.account.Account;
import org.rosetta.account.AccountService;
import org.rosetta.account.ApiToken;
import org.rosetta.account.ApiTokens;
import org.rosetta.account.Roles;

/**
 * The signed-in user's page: their personal API tokens and, for an admin, the users of the
 * service. It reads what it shows here; every change goes through the REST API.
 */
@Path("/account")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.REVIEWER, Roles.LEAD, Roles.ADMIN})
public class AccountPage {
  @CheckedTemplate
  static class Templates {
    static native TemplateInstance page(String user, List<String> roles, List<TokenRow> tokens, boolean admin, List<UserRow> users, List<String> allRoles);
  }

  public record TokenRow(ApiToken token) {
    public String created() {
      return Shown.time(token.createdAt);
    }

    public String lastUsed() {
      return token.lastUsedAt == null ? "never" : Shown.time(token.lastUsedAt);
    }

    public String revoked() {
      return token.revokedAt == null ? null : Shown.time(token.revokedAt);
    }
  }

  public record UserRow(Account account) {
    public String roles() {
      return String.join(", ", account.roleList());
    }

    public String created() {
      return Shown.time(account.createdAt);
    }
  }

  private final SecurityIdentity identity;
  private final ApiTokens tokens;
  private final AccountService accounts;

  public AccountPage(SecurityIdentity identity, ApiTokens tokens, AccountService accounts) {
    this.identity = identity;
    this.tokens = tokens;
    this.accounts = accounts;
  }

  @GET
  @Operation(hidden = true)
  public TemplateInstance page() {
    String user = identity.getPrincipal().getName();
    boolean admin = identity.hasRole(Roles.ADMIN);
    List<UserRow> users = admin ? accounts.list().stream().map(UserRow::new).toList() : List.of();
    return Templates.page(
        user,
        identity.getRoles().stream().sorted().toList(),
        tokens.list(user).stream().map(TokenRow::new).toList(),
        admin,
        users,
        List.of(Roles.REVIEWER, Roles.LEAD, Roles.ADMIN));
  }
}
