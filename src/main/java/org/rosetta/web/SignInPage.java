package org.rosetta.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rosetta.account.AccountService;
import org.rosetta.account.FormSessions;
import org.rosetta.setup.RosettaConfig;

/**
 * The sign-in form (Quarkus form authentication posts it to {@code /j_security_check}) and
 * sign-out, which drops the session cookie.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class SignInPage {
  @CheckedTemplate
  static class Templates {
    static native TemplateInstance login(boolean failed, boolean signedOut, List<SignInProviders.Provider> providers);
  }

  @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
  String cookieName;

  private final List<SignInProviders.Provider> providers;

  private final SecurityIdentity identity;
  private final AccountService accounts;

  public SignInPage(RosettaConfig config, SecurityIdentity identity, AccountService accounts) {
    this.providers = SignInProviders.of(ConfigProvider.getConfig(), config.signIn());
    this.identity = identity;
    this.accounts = accounts;
  }

  /**
   * Where a sign-in through an organisation's provider starts and ends: the path is guarded by
   * OpenID Connect's authorization code flow (application.properties), which sends the browser to
   * the provider and back here with a session; from here to the list of checks.
   */
  @GET
  @Path("sign-in/oidc/{tenant}")
  @Authenticated
  @Operation(hidden = true)
  public Response signedInThroughProvider(UriInfo uri) {
    return Response.seeOther(uri.getBaseUri()).build();
  }

  @GET
  @Path("login")
  @Operation(hidden = true)
  public TemplateInstance login(@QueryParam("signed-out") String signedOut) {
    return Templates.login(false, signedOut != null, providers);
  }

  /** Where a failed sign-in lands. */
  @GET
  @Path("sign-in-failed")
  @Operation(hidden = true)
  public TemplateInstance failed() {
    return Templates.login(true, false, providers);
  }

  /** Drops the form session's cookie and, for a user signed in through a provider, the provider session's. */
  @POST
  @Path("logout")
  @Operation(hidden = true)
  public Response logout(UriInfo uri, @Context HttpHeaders headers) {
    // Signing out ends every session of the user, wherever its cookie is kept (FormSessions).
    try {
      if (!identity.isAnonymous()) {
        accounts.endSessions(identity.getPrincipal().getName());
      }
    } catch (AuthenticationFailedException e) {
      // The session had ended already: the cookies go all the same.
    }
    List<NewCookie> expired = new java.util.ArrayList<>();
    expired.add(expired(cookieName));
    expired.add(expired(FormSessions.COOKIE));
    for (String name : headers.getCookies().keySet()) {
      // Quarkus OIDC keeps a code-flow session in q_session (or q_session_<tenant>, possibly split in chunks).
      if (name.startsWith("q_session")) {
        expired.add(expired(name));
      }
    }
    return Response.seeOther(uri.getBaseUriBuilder().path("login").queryParam("signed-out", "1").build())
        .cookie(expired.toArray(NewCookie[]::new))
        .build();
  }

  private static NewCookie expired(String name) {
    return new NewCookie.Builder(name).path("/").maxAge(0).value("").httpOnly(true).build();
  }
}
