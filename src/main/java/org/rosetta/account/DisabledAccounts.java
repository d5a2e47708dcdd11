package org.rosetta.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Refuses a disabled user on every request, not only at sign-in: a session cookie of a user
 * disabled a minute ago stops working at once. A password sign-in has read the user already.
 */
@ApplicationScoped
public class DisabledAccounts implements SecurityIdentityAugmentor {
  private final AccountService accounts;

  public DisabledAccounts(AccountService accounts) {
    this.accounts = accounts;
  }

  @Override
  public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
    if (identity.isAnonymous() || identity.getAttribute(RememberedPasswords.ENABLED_CHECKED) != null) {
      return Uni.createFrom().item(identity);
    }
    String name = identity.getPrincipal().getName();
    return context.runBlocking(() -> {
      if (accounts.isDisabled(name)) {
        throw new AuthenticationFailedException("the user " + name + " is disabled");
      }
      return identity;
    });
  }
}
