package org.rosetta.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.rosetta.store.NotFound;
import org.rosetta.store.StoredTime;
import org.rosetta.text.Refusal;

/**
 * Personal API tokens a user makes for automation and revokes when done. A token is 256 random
 * bits, so its SHA-256 is all that needs storing (a slow hash such as bcrypt protects guessable
 * passwords, not random keys); the prefix {@code rst_} lets secret scanners recognise a leaked one.
 */
@ApplicationScoped
public class ApiTokens {
  static final String PREFIX = "rst_";
  private static final int MAX_NAME = 100;
  /** Recording each use would write on every request; once in this long says enough. */
  private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(10);

  private final SecureRandom random = new SecureRandom();
  private final AccountService accounts;

  public ApiTokens(AccountService accounts) {
    this.accounts = accounts;
  }

  /** A token made, with its value: the only time the value is known. */
  public record Created(ApiToken token, String value) {}

  /** Who a valid token stands for. */
  public record Holder(String username, List<String> roles) {}

  public Created create(String username, String name) {
    if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
      throw new Refusal("a token needs a name of 1 to " + MAX_NAME + " characters, saying what it is for");
    }
    if (accounts.credentials(username).isEmpty()) {
      // A token stands for an account of this service; it would never be accepted for anyone else.
      throw new Refusal(username + " signs in through the organisation's OpenID Connect provider: scripts use that provider's tokens");
    }
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String value = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    ApiToken token = new ApiToken();
    token.username = username;
    token.name = name.strip();
    token.tokenHash = hash(value);
    token.createdAt = StoredTime.now();
    QuarkusTransaction.requiringNew().run(token::persist);
    return new Created(token, value);
  }

  public List<ApiToken> list(String username) {
    return ApiToken.list("username = ?1 order by id", username);
  }

  /** Revokes one of the user's own tokens; another user's is not found. */
  public ApiToken revoke(String username, long id) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              ApiToken token = ApiToken.findById(id);
              if (token == null || !token.username.equals(username)) {
                throw new NotFound("token " + id);
              }
              if (token.revokedAt == null) {
                token.revokedAt = StoredTime.now();
              }
              return token;
            });
  }

  /** The enabled user a token stands for, when it is one of ours and not revoked. */
  public Optional<Holder> holder(String value) {
    if (value == null || !value.startsWith(PREFIX)) {
      return Optional.empty();
    }
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              ApiToken token = ApiToken.find("tokenHash", hash(value)).firstResult();
              if (token == null || token.isRevoked()) {
                return Optional.<Holder>empty();
              }
              Optional<AccountService.Credentials> user = accounts.credentials(token.username).filter(AccountService.Credentials::enabled);
              if (user.isEmpty()) {
                return Optional.<Holder>empty();
              }
              Instant now = StoredTime.now();
              if (token.lastUsedAt == null || token.lastUsedAt.plus(LAST_USE_PRECISION).isBefore(now)) {
                token.lastUsedAt = now;
              }
              return Optional.of(new Holder(token.username, user.get().roles()));
            });
  }

  static String hash(String value) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java", e);
    }
  }
}
