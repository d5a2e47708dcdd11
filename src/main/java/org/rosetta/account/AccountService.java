package org.rosetta.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.rosetta.store.NotFound;
import org.rosetta.store.StoredTime;
import org.rosetta.text.Refusal;

/** The users of the service: created by an admin (the first one at first start), disabled, given a new password. */
@ApplicationScoped
public class AccountService {
  /** bcrypt ignores what follows a password's first 72 bytes. */
  static final int BCRYPT_MAX_BYTES = 72;

  /** The API's name for the signed-in user ({@code /api/users/me}), so no account may have it. */
  private static final String SELF = "me";

  /** Below this, a password falls to a dictionary attack on the hash or a few days of guessing. */
  public static final int MIN_PASSWORD_LENGTH = 12;

  /** What the first start did: the admin it created, and the password when it chose one itself. */
  public record FirstAdmin(String username, Optional<String> generatedPassword) {}

  @Transactional
  public Account create(String username, String password, List<String> roles, String createdBy) {
    String name = validName(username);
    checkPassword(name, password);
    if (roles == null || roles.isEmpty()) {
      throw new Refusal("roles: give at least one of " + String.join(", ", Roles.ALL));
    }
    for (String role : roles) {
      if (!Roles.exists(role)) {
        throw new Refusal("roles: \"" + role + "\" is not a role; the roles are " + String.join(", ", Roles.ALL));
      }
    }
    if (find(name).isPresent()) {
      throw new Refusal("username: \"" + name + "\" is taken");
    }
    Account account = new Account();
    account.username = name;
    account.passwordHash = BcryptUtil.bcryptHash(password);
    account.roles = String.join(",", roles.stream().distinct().toList());
    account.enabled = true;
    account.createdAt = StoredTime.now();
    account.createdBy = createdBy;
    try {
      account.persistAndFlush();
    } catch (PersistenceException e) {
      // Two admins creating the same name at once: the unique index refuses the second.
      throw new Refusal("username: \"" + name + "\" is taken");
    }
    return account;
  }

  public List<Account> list() {
    return Account.list("order by username");
  }

  public Optional<Account> find(String username) {
    return Account.find("username", username).firstResultOptional();
  }

  public Account get(String username) {
    return find(username).orElseThrow(() -> new NotFound("there is no user \"" + username + "\""));
  }

  @Transactional
  public Account setEnabled(String username, boolean enabled, String by) {
    if (!enabled && username.equals(by)) {
      throw new Refusal("enabled: you cannot disable yourself; another admin can");
    }
    Account account = get(username);
    account.enabled = enabled;
    if (!enabled) {
      account.sessionVersion++;
    }
    return account;
  }

  /** An admin sets a new password; every session of the user ends. */
  @Transactional
  public Account resetPassword(String username, String password) {
    Account account = get(username);
    checkPassword(account.username, password);
    account.passwordHash = BcryptUtil.bcryptHash(password);
    account.sessionVersion++;
    return account;
  }

  /**
   * A user changes their own password, proving the current one; every session of the user ends.
   *
   * @throws Refusal when the current password is wrong or the new one is not acceptable
   */
  @Transactional
  public Account changeOwnPassword(String username, String currentPassword, String password) {
    Account account = find(username).orElseThrow(() -> new Refusal("password: \"" + username + "\" signs in through the organisation's provider, whose password Rosetta does not keep"));
    if (currentPassword == null || !BcryptUtil.matches(currentPassword, account.passwordHash)) {
      throw new Refusal("currentPassword: is not the password of " + username);
    }
    checkPassword(account.username, password);
    account.passwordHash = BcryptUtil.bcryptHash(password);
    account.sessionVersion++;
    return account;
  }

  /** Whether the password is the user's (false for a user without an account here). */
  public boolean passwordMatches(String username, String password) {
    return password != null && credentials(username).map(c -> BcryptUtil.matches(password, c.passwordHash())).orElse(false);
  }

  /** Ends every session of a user (sign-out); nothing for a user without an account here. */
  @Transactional
  public void endSessions(String username) {
    find(username).ifPresent(account -> account.sessionVersion++);
  }

  /** What sign-in needs of a user, read outside any request's transaction. */
  public record Credentials(String passwordHash, List<String> roles, boolean enabled, int sessionVersion) {}

  public Optional<Credentials> credentials(String username) {
    return QuarkusTransaction.requiringNew().call(() -> find(username)
        .map(a -> new Credentials(a.passwordHash, a.roleList(), a.enabled, a.sessionVersion)));
  }

  /** Whether the user exists and is disabled (an unknown name, as under a test identity, is not). */
  public boolean isDisabled(String username) {
    return credentials(username).map(c -> !c.enabled()).orElse(false);
  }

  /**
   * At the first start (no user yet) creates {@code admin} with the given password, or with one
   * it generates when none is given, so that a fresh install is usable in one command.
   */
  @Transactional
  public Optional<FirstAdmin> createFirstAdmin(Optional<String> configured) {
    if (Account.count() > 0) {
      return Optional.empty();
    }
    String password = configured.filter(p -> !p.isBlank()).orElse(null);
    Optional<String> generated = Optional.empty();
    if (password == null) {
      byte[] random = new byte[15];
      new SecureRandom().nextBytes(random);
      password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
      generated = Optional.of(password);
    }
    create("admin", password, List.of(Roles.ADMIN), null);
    return Optional.of(new FirstAdmin("admin", generated));
  }

  private static String validName(String username) {
    String name = username == null ? "" : username.strip();
    if (!name.matches("[\\p{L}\\p{N}._@-]{1,100}")) {
      throw new Refusal("username: 1 to 100 letters, digits, '.', '_', '@' or '-'");
    }
    if (name.equals(SELF)) {
      throw new Refusal("username: \"" + SELF + "\" names the signed-in user in the API; choose another name");
    }
    return name;
  }

  private static void checkPassword(String username, String password) {
    if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
      throw new Refusal("password: at least " + MIN_PASSWORD_LENGTH + " characters");
    }
    if (password.equalsIgnoreCase(username)) {
      throw new Refusal("password: must not be the user name");
    }
    // bcrypt reads the first 72 bytes only: a longer password would be accepted by its beginning.
    if (password.getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES) {
      throw new Refusal(
          "password: at most " + BCRYPT_MAX_BYTES + " bytes in UTF-8 (72 Latin letters, 36 Cyrillic or Hebrew letters)");
    }
  }
}
