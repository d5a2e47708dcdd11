package org.rosetta.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Checks a user name and password (HTTP Basic, the sign-in form) against the stored bcrypt hash,
 * and remembers for a few minutes that this password matched this hash. A bcrypt check costs
 * tens of milliseconds of CPU by design; a script sending HTTP Basic with every request paid it
 * every time (13 checks/s under the load benchmark instead of 64 or more). What is remembered
 * is a keyed hash of the password with a key made at start, so memory holds nothing a password
 * could be recovered from offline, and a new password or a disabled user takes effect at once.
 * Its refusal is final: Quarkus tries the next provider only when one answers nothing.
 *
 * <p>Repeated failed sign-ins under one user name are slowed down: after {@link #FREE_FAILURES},
 * each attempt waits twice as long as the one before, up to {@link #MAX_DELAY_MILLIS}, until a
 * sign-in succeeds or a quarter of an hour passes without failure. Attempts sent at once under
 * one name are spaced one delay apart (past a 30 s queue they are refused unchecked), so guessing
 * a password of twelve characters at one try in five seconds is out of reach. The wait holds no thread (a timer
 * resumes the request), and the password is still checked after it, so a flood of wrong guesses
 * for a user does not lock the user out. Failures under names of accounts are kept apart from
 * those under other names, which are bounded: a flood of made-up names cannot push out the
 * record of an attacked account. An unknown name is answered after as long as a bcrypt check
 * takes, so the time of the answer does not tell which accounts exist, but it costs no CPU; the
 * bcrypt checks run on threads of their own ({@link PasswordChecks}).
 */
@ApplicationScoped
public class RememberedPasswords implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
  private static final Duration REMEMBERED = Duration.ofMinutes(5);
  /** More entries than any team has users, and than a flood of made-up names keeps for long. */
  private static final int MAX_REMEMBERED = 10_000;

  /** Marks an identity whose user was just read as enabled, so {@link DisabledAccounts} need not read it again. */
  static final String ENABLED_CHECKED = "rosetta.enabled-checked";

  static final int FREE_FAILURES = 3;
  static final long MAX_DELAY_MILLIS = 5_000;
  private static final Duration FAILURES_FORGOTTEN = Duration.ofMinutes(15);

  /** Past this wait a sign-in is refused at once, unchecked: a burst cannot queue up for minutes. */
  private static final Duration LONGEST_QUEUE = Duration.ofSeconds(30);

  /**
   * Failed sign-ins under one name, when the last was, and from when the next attempt may be
   * checked: attempts sent at once are spaced one delay apart, not all let through together.
   */
  private record Failures(int count, long lastNanos, long nextNanos) {}

  private static final String FORM_SIGN_IN = "/j_security_check";

  private final AccountService accounts;
  private final FormSessions sessions;
  private final Cache<String, Boolean> matched = Caffeine.newBuilder().maximumSize(MAX_REMEMBERED).expireAfterWrite(REMEMBERED).build();
  /** Failures under names of accounts: at most one entry an account. */
  private final Map<String, Failures> accountFailures = new ConcurrentHashMap<>();
  /** Failures under names no account has: bounded, the oldest and least tried go first. */
  private final Cache<String, Failures> otherFailures =
      Caffeine.newBuilder().maximumSize(MAX_REMEMBERED).expireAfterWrite(FAILURES_FORGOTTEN).build();
  private final HmacKey key = HmacKey.random();
  private final PasswordChecks bcrypt = new PasswordChecks(Runtime.getRuntime().availableProcessors());

  public RememberedPasswords(AccountService accounts, FormSessions sessions) {
    this.accounts = accounts;
    this.sessions = sessions;
  }

  /** A hash of a random password, checked once for an unknown name to learn how long a check takes. */
  private static final class Unknown {
    static final String HASH = BcryptUtil.bcryptHash(HexFormat.of().formatHex(HmacKey.randomBytes(16)));
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
    String name = request.getUsername();
    long delay = reserve(name);
    if (delay > LONGEST_QUEUE.toMillis()) {
      return Uni.createFrom().failure(new AuthenticationFailedException());
    }
    Uni<Void> waited = delay > 0 ? Uni.createFrom().voidItem().onItem().delayIt().by(Duration.ofMillis(delay)) : Uni.createFrom().voidItem();
    String password = new String(request.getPassword().getPassword());
    Uni<Optional<AccountService.Credentials>> user =
        waited.chain(
            () -> Uni.createFrom()
                .item(() -> accounts.credentials(name).filter(AccountService.Credentials::enabled))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()));
    return user.chain(found -> check(name, password, found, request));
  }

  private Uni<SecurityIdentity> check(String name, String password, Optional<AccountService.Credentials> found, UsernamePasswordAuthenticationRequest request) {
    if (found.isEmpty()) {
      return Uni.createFrom().completionStage(bcrypt.pretend(password, Unknown.HASH)).map(ignored -> {
        throw failed(name, false);
      });
    }
    AccountService.Credentials user = found.get();
    String remembered = name + '\n' + keyed(password) + '\n' + user.passwordHash();
    if (matched.getIfPresent(remembered) != null) {
      return Uni.createFrom().item(identity(name, user, request));
    }
    return Uni.createFrom().completionStage(bcrypt.matches(password, user.passwordHash())).map(right -> {
      if (!right) {
        throw failed(name, true);
      }
      matched.put(remembered, Boolean.TRUE);
      return identity(name, user, request);
    });
  }

  private SecurityIdentity identity(String name, AccountService.Credentials user, UsernamePasswordAuthenticationRequest request) {
    accountFailures.remove(name);
    startFormSession(name, user, request);
    return QuarkusSecurityIdentity.builder()
        .setPrincipal(new QuarkusPrincipal(name))
        .addRoles(Set.copyOf(user.roles()))
        .addCredential(request.getPassword())
        .addAttribute(ENABLED_CHECKED, Boolean.TRUE)
        .build();
  }

  /** A sign-in through the form starts a session that sign-out and a new password end ({@link FormSessions}). */
  private void startFormSession(String name, AccountService.Credentials user, UsernamePasswordAuthenticationRequest request) {
    RoutingContext context = HttpSecurityUtils.getRoutingContextAttribute(request);
    if (context == null || !context.normalizedPath().endsWith(FORM_SIGN_IN)) {
      return;
    }
    context.response().addCookie(
        Cookie.cookie(FormSessions.COOKIE, sessions.issue(name, user.sessionVersion()))
            .setPath("/")
            .setHttpOnly(true)
            .setSameSite(CookieSameSite.STRICT)
            .setSecure(context.request().isSSL()));
  }

  /** How long the next sign-in under this name waits, in milliseconds (one delay, nobody queued). */
  public long delayMillis(String name) {
    Failures f = accountFailures.get(name);
    if (f == null) {
      f = otherFailures.getIfPresent(name);
    }
    return f == null ? 0 : step(f);
  }

  /** One delay after these failures: none for the first few, then doubling up to the longest. */
  private static long step(Failures f) {
    if (f.count() < FREE_FAILURES || System.nanoTime() - f.lastNanos() > FAILURES_FORGOTTEN.toNanos()) {
      return 0;
    }
    int doublings = Math.min(f.count() - FREE_FAILURES, 10);
    return Math.min(MAX_DELAY_MILLIS, 250L << doublings);
  }

  /**
   * Takes the next slot for an attempt under this name and says how long to wait for it, in
   * milliseconds: attempts sent at once wait one delay after another.
   */
  long reserve(String name) {
    long[] wait = {0};
    java.util.function.BiFunction<String, Failures, Failures> take = (n, f) -> {
      long step = f == null ? 0 : step(f);
      if (step == 0) {
        return f;
      }
      long now = System.nanoTime();
      long stepNanos = TimeUnit.MILLISECONDS.toNanos(step);
      // One delay after the last failure, and after the slot the attempt before this one took.
      long start = Math.max(now, Math.max(f.lastNanos() + stepNanos, f.nextNanos()));
      wait[0] = TimeUnit.NANOSECONDS.toMillis(start - now);
      return new Failures(f.count(), f.lastNanos(), start + stepNanos);
    };
    if (accountFailures.containsKey(name)) {
      accountFailures.computeIfPresent(name, take);
    } else {
      otherFailures.asMap().computeIfPresent(name, take);
    }
    return wait[0];
  }

  /** A wrong password given elsewhere (changing one's own password) counts as a failed sign-in. */
  public void recordFailure(String name) {
    failed(name, true);
  }

  /** Lets the bounded memory of other names settle, as it would on its own shortly (for tests). */
  void settle() {
    otherFailures.cleanUp();
  }

  /** Counts a failed sign-in under a name, an account's or another. */
  AuthenticationFailedException failed(String name, boolean account) {
    Failures one = new Failures(1, System.nanoTime(), 0);
    if (account) {
      accountFailures.merge(name, one, RememberedPasswords::add);
    } else {
      otherFailures.asMap().merge(name, one, RememberedPasswords::add);
    }
    return new AuthenticationFailedException();
  }

  private static Failures add(Failures old, Failures one) {
    return new Failures(old.count() + 1, one.lastNanos(), old.nextNanos());
  }

  private String keyed(String password) {
    return HexFormat.of().formatHex(key.sign(password));
  }
}
