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
import java.util.Set;
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
 *
 * <p>Repeated failed sign-ins under one user name are slowed down: after {@link #FREE_FAILURES},
 * each attempt waits twice as long as the one before, up to {@link #MAX_DELAY_MILLIS}, until a
 * sign-in succeeds or a quarter of an hour passes without failure. Guessing a password of twelve
 * characters at one try in five seconds is out of reach.
 */
@ApplicationScoped
public class RememberedPasswords implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
  private static final long REMEMBERED_NANOS = TimeUnit.MINUTES.toNanos(5);
  /** More entries than any team has users; past it, the memory starts again. */
  private static final int MAX_REMEMBERED = 10_000;

  /** Marks an identity whose user was just read as enabled, so {@link DisabledAccounts} need not read it again. */
  static final String ENABLED_CHECKED = "rosetta.enabled-checked";

  static final int FREE_FAILURES = 3;
  static final long MAX_DELAY_MILLIS = 5_000;
  private static final long FAILURES_FORGOTTEN_NANOS = TimeUnit.MINUTES.toNanos(15);

  /** Failed sign-ins under one name, and when the last was. */
  private record Failures(int count, long lastNanos) {}

  private final AccountService accounts;
  private final Map<String, Long> matched = new ConcurrentHashMap<>();
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
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
      pause(name);
      String password = new String(request.getPassword().getPassword());
      AccountService.Credentials user = accounts.credentials(name).filter(AccountService.Credentials::enabled).orElse(null);
      if (user == null) {
        throw failed(name);
      }
      String remembered = name + '\n' + keyed(password) + '\n' + user.passwordHash();
      Long until = matched.get(remembered);
      if (until == null || until - System.nanoTime() < 0) {
        if (!BcryptUtil.matches(password, user.passwordHash())) {
          throw failed(name);
        }
        if (matched.size() >= MAX_REMEMBERED) {
          matched.clear();
        }
        matched.put(remembered, System.nanoTime() + REMEMBERED_NANOS);
      }
      failures.remove(name);
      return QuarkusSecurityIdentity.builder()
          .setPrincipal(new QuarkusPrincipal(name))
          .addRoles(Set.copyOf(user.roles()))
          .addCredential(request.getPassword())
          .addAttribute(ENABLED_CHECKED, Boolean.TRUE)
          .build();
    });
  }

  /** How long the next sign-in under this name waits, in milliseconds. */
  public long delayMillis(String name) {
    Failures f = failures.get(name);
    if (f == null || f.count() < FREE_FAILURES || System.nanoTime() - f.lastNanos() > FAILURES_FORGOTTEN_NANOS) {
      return 0;
    }
    int doublings = Math.min(f.count() - FREE_FAILURES, 10);
    return Math.min(MAX_DELAY_MILLIS, 250L << doublings);
  }

  /** Runs on a worker thread (the request waits, not the event loop). */
  private void pause(String name) {
    long millis = delayMillis(name);
    if (millis > 0) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AuthenticationFailedException();
      }
    }
  }

  private AuthenticationFailedException failed(String name) {
    if (failures.size() >= MAX_REMEMBERED) {
      failures.clear();
    }
    failures.merge(name, new Failures(1, System.nanoTime()), (old, one) -> new Failures(old.count() + 1, one.lastNanos()));
    return new AuthenticationFailedException();
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
