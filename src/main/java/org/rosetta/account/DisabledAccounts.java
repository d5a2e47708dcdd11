package org.rosetta.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks on every request that the user may still act: a disabled user is refused, not only at
 * sign-in, and a form session must still be current. A session cookie of a user
 * disabled a minute ago stops working at once. A password sign-in has read the user already. A
 * request that rides on a form session must also carry a {@link FormSessions} cookie of the
 * user's current session version, within the session's lifetime: sign-out and a new password
 * end every session of the user.
 */
@ApplicationScoped
public class DisabledAccounts implements SecurityIdentityAugmentor {
  private final AccountService accounts;
  private final FormSessions sessions;
  private final String formCookie;

  public DisabledAccounts(
      AccountService accounts,
      FormSessions sessions,
      @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential") String formCookie) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.formCookie = formCookie;
  }

  @Override
  public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
    return augment(identity, context, Map.of());
  }

  @Override
  public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context, Map<String, Object> attributes) {
    if (identity.isAnonymous() || identity.getAttribute(RememberedPasswords.ENABLED_CHECKED) != null) {
      return Uni.createFrom().item(identity);
    }
    RoutingContext request = HttpSecurityUtils.getRoutingContextAttribute(attributes);
    // A password or a token signs in with a credential (and has been read, above); OpenID Connect
    // brings its tokens; an identity with no credential at all was restored from the form cookie,
    // whatever Authorization header came beside it.
    boolean formSession = request != null && request.request().getCookie(formCookie) != null && identity.getCredentials().isEmpty();
    String name = identity.getPrincipal().getName();
    return context.runBlocking(() -> {
      Optional<AccountService.Credentials> user = accounts.credentials(name);
      if (user.isPresent() && !user.get().enabled()) {
        throw new AuthenticationFailedException("the user " + name + " is disabled");
      }
      if (formSession) {
        Cookie session = request.request().getCookie(FormSessions.COOKIE);
        if (user.isEmpty() || session == null || !sessions.valid(session.getValue(), name, user.get().sessionVersion())) {
          throw new AuthenticationFailedException("the session of " + name + " has ended: sign in again");
        }
      }
      return identity;
    });
  }
}
