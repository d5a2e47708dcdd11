package org.rosetta.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** A key for HMAC-SHA256, made at random at start or derived from a secret the replicas share. */
final class HmacKey {
  private static final String ALGORITHM = "HmacSHA256";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec key;

  private HmacKey(byte[] bytes) {
    this.key = new SecretKeySpec(bytes, ALGORITHM);
  }

  /** A key of this process alone. */
  static HmacKey random() {
    return new HmacKey(randomBytes(32));
  }

  /**
   * A key of its own for one use of a shared secret ({@code purpose} apart), so that what one use
   * signs never serves another.
   */
  static HmacKey derived(String purpose, String secret) {
    try {
      return new HmacKey(MessageDigest.getInstance("SHA-256").digest((purpose + "\n" + secret).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every Java 17", e);
    }
  }

  static byte[] randomBytes(int n) {
    byte[] bytes = new byte[n];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  /** The HMAC-SHA256 of the text's UTF-8 bytes. */
  byte[] sign(String text) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is part of every Java 17", e);
    }
  }
}
