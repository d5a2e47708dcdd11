package org.rosetta.review;

import org.rosetta.text.Refusal;
import java.util.Locale;

/** A reviewer's verdict on one link. */
public enum LinkStatus {
  UNREVIEWED,
  ACCEPTED,
  REJECTED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** @throws Refusal naming the accepted values */
  public static LinkStatus of(String code) {
    for (LinkStatus s : values()) {
      if (s.code().equals(code)) {
        return s;
      }
    }
    throw new Refusal("status must be one of unreviewed, accepted, rejected, not '" + code + "'");
  }
}
