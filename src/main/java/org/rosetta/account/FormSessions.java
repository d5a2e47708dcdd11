package org.rosetta.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What makes a form session end. Quarkus' session cookie holds only the user name and an expiry
 * that every use moves on, so on its own a session lives as long as it is used and survives
 * sign-out and a new password. Beside it, the sign-in sets {@value #COOKIE}: the user name, the
 * user's session version and the time of sign-in, signed with a key the replicas share (derived
 * from the session encryption key). A request with a form session is accepted only while that
 * version is the user's current one (sign-out, a new password or disabling raise it) and within
 * {@code rosetta.session.max-lifetime} of the sign-in.
 */
@ApplicationScoped
public class FormSessions {
  public static final String COOKIE = "rosetta-session";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final HmacKey key;
  private final Duration maxLifetime;
  private final Clock clock;

  @Inject
  public FormSessions(
      @ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Optional<String> sessionKey,
      @ConfigProperty(name = "rosetta.session.max-lifetime", defaultValue = "PT12H") Duration maxLifetime) {
    this(sessionKey, maxLifetime, Clock.systemUTC());
  }

  FormSessions(Optional<String> sessionKey, Duration maxLifetime, Clock clock) {
    this.key = sessionKey.map(shared -> HmacKey.derived(COOKIE, shared)).orElseGet(HmacKey::random);
    this.maxLifetime = maxLifetime;
    this.clock = clock;
  }

  /** The cookie's value for a user signing in now. */
  public String issue(String username, int version) {
    String payload = ENCODER.encodeToString(username.getBytes(StandardCharsets.UTF_8)) + "." + version + "." + clock.millis();
    return payload + "." + sign(payload);
  }

  /** Whether a cookie's value is a session of this user, at this version, not past its lifetime. */
  public boolean valid(String value, String username, int version) {
    if (value == null) {
      return false;
    }
    int last = value.lastIndexOf('.');
    if (last < 0) {
      return false;
    }
    String payload = value.substring(0, last);
    if (!MessageDigest.isEqual(sign(payload).getBytes(StandardCharsets.US_ASCII), value.substring(last + 1).getBytes(StandardCharsets.US_ASCII))) {
      return false;
    }
    String[] parts = payload.split("\\.");
    try {
      return parts.length == 3
          && new String(DECODER.decode(parts[0]), StandardCharsets.UTF_8).equals(username)
          && Integer.parseInt(parts[1]) == version
          && clock.millis() - Long.parseLong(parts[2]) < maxLifetime.toMillis();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private String sign(String payload) {
    return ENCODER.encodeToString(key.sign(payload));
  }
}
