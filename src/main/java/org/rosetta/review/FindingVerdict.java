package org.rosetta.review;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a reviewer decided of a finding: an error of the translation, or a false alarm. */
public enum FindingVerdict {
  CONFIRMED,
  DISMISSED;

  /** The name in the API and the history: {@code confirmed}, {@code dismissed}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<FindingVerdict> of(String code) {
    return Arrays.stream(values()).filter(v -> v.code().equals(code)).findFirst();
  }
}
