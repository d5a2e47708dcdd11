package org.rosetta.review;

import java.util.Locale;

/** A reviewer's verdict on one link. */
public enum LinkStatus {
  UNREVIEWED,
  ACCEPTED,
  REJECTED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** @throws IllegalArgumentException naming the accepted values */
  public static LinkStatus of(String code) {
    for (LinkStatus s : values()) {
      if (s.code().equals(code)) {
        return s;
      }
    }
    throw new IllegalArgumentException("status must be one of unreviewed, accepted, rejected, not '" + code + "'");
  }
}
