package org.rosetta.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a user name and password (HTTP Basic, the sign-in form) against the stored bcrypt hash,
 * and remembers for a few minutes that this password matched this hash. A bcrypt check costs
 * tens of milliseconds of CPU by design; a script sending HTTP Basic with every request paid it
 * every time (13 checks/s under the load benchmark instead of 64 or more). What is remembered
 * is a keyed hash of the password with a key made at start, so memory holds nothing a password
 * could be recovered from offline, and a new password or a disabled user takes effect at once.
 * Runs before Quarkus' own JPA provider, which takes over when this one refuses.
 */
@ApplicationScoped
public class RememberedPasswords implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
  private static final long REMEMBERED_NANOS = TimeUnit.MINUTES.toNanos(5);
  /** More entries than any team has users; past it, the memory starts again. */
  private static final int MAX_REMEMBERED = 10_000;

  private final AccountService accounts;
  private final Map<String, Long> matched = new ConcurrentHashMap<>();
  private final SecretKeySpec key;

  public RememberedPasswords(AccountService accounts) {
    this.accounts = accounts;
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    this.key = new SecretKeySpec(random, "HmacSHA256");
  }

  @Override
  public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
    return UsernamePasswordAuthenticationRequest.class;
  }

  /** Before Quarkus' JPA provider, which has the default priority (1001). */
  @Override
  public int priority() {
    return 2000;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
    return context.runBlocking(() -> {
      String name = request.getUsername();
      String password = new String(request.getPassword().getPassword());
      AccountService.Credentials user =
          accounts.credentials(name).filter(AccountService.Credentials::enabled).orElseThrow(AuthenticationFailedException::new);
      String remembered = name + '\n' + keyed(password) + '\n' + user.passwordHash();
      Long until = matched.get(remembered);
      if (until == null || until - System.nanoTime() < 0) {
        if (!BcryptUtil.matches(password, user.passwordHash())) {
          throw new AuthenticationFailedException();
        }
        if (matched.size() >= MAX_REMEMBERED) {
          matched.clear();
        }
        matched.put(remembered, System.nanoTime() + REMEMBERED_NANOS);
      }
      return QuarkusSecurityIdentity.builder()
          .setPrincipal(new QuarkusPrincipal(name))
          .addRoles(java.util.Set.copyOf(user.roles()))
          .addCredential(request.getPassword())
          .build();
    });
  }

  private String keyed(String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java 17", e);
    }
  }
}
