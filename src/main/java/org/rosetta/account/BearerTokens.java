package org.rosetta.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Sign-in with a personal API token: {@code Authorization: Bearer rst_…}, beside HTTP Basic and
 * the sign-in form. Requests without a bearer token are left to those.
 */
@ApplicationScoped
public class BearerTokens implements HttpAuthenticationMechanism, IdentityProvider<BearerTokens.ApiTokenRequest> {
  /**
   * A request to sign in with one of our tokens: a type of its own, so that no other identity
   * provider (OpenID Connect's takes {@link io.quarkus.security.identity.request.TokenAuthenticationRequest})
   * is asked about it, nor this one about theirs.
   */
  public static final class ApiTokenRequest extends BaseAuthenticationRequest {
    private final TokenCredential token;

    ApiTokenRequest(TokenCredential token) {
      this.token = token;
    }

    TokenCredential token() {
      return token;
    }
  }

  /** Marks an identity signed in with a token: a token may not make more tokens. */
  public static final String VIA_TOKEN = "rosetta.via-token";
  private static final String BEARER = "bearer ";

  private final ApiTokens tokens;

  public BearerTokens(ApiTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
    String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return Uni.createFrom().nullItem();
    }
    String token = header.substring(BEARER.length()).strip();
    if (!token.startsWith(ApiTokens.PREFIX)) {
      // Another bearer token is an OpenID Connect provider's, for quarkus-oidc (when configured).
      return Uni.createFrom().nullItem();
    }
    TokenCredential credential = new TokenCredential(token, "bearer");
    return identities.authenticate(new ApiTokenRequest(credential));
  }

  /**
   * None: the sign-in form's redirect (pages) and HTTP Basic's challenge (the API's problem
   * answers) are the ones a user should meet; a script that holds a token knows where to put it.
   */
  @Override
  public Uni<ChallengeData> getChallenge(RoutingContext context) {
    return Uni.createFrom().nullItem();
  }

  @Override
  public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
    return Set.of(ApiTokenRequest.class);
  }

  @Override
  public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
    return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, "bearer"));
  }

  /**
   * Before OpenID Connect's mechanism, which would take a token of ours for a malformed JWT; this
   * one answers only for tokens of ours, so Basic, the form and OIDC's tokens pass through.
   */
  @Override
  public int getPriority() {
    return DEFAULT_PRIORITY + 200;
  }

  @Override
  public Class<ApiTokenRequest> getRequestType() {
    return ApiTokenRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(ApiTokenRequest request, AuthenticationRequestContext context) {
    return context.runBlocking(
        () -> {
          ApiTokens.Holder holder = tokens.holder(request.token().getToken()).orElseThrow(AuthenticationFailedException::new);
          return QuarkusSecurityIdentity.builder()
              .setPrincipal(new QuarkusPrincipal(holder.username()))
              .addRoles(Set.copyOf(holder.roles()))
              .addCredential(request.token())
              .addAttribute(RememberedPasswords.ENABLED_CHECKED, Boolean.TRUE)
              .addAttribute(VIA_TOKEN, Boolean.TRUE)
              .build();
        });
  }
}
