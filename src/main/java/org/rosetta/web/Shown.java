package org.rosetta.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Times as the pages show them: UTC, to the second, without the ISO letters ({@code 2026-12-01 20:46:37}). */
final class Shown {
  private Shown() {}

  static String time(Instant at) {
    return at.truncatedTo(ChronoUnit.SECONDS).toString().replace('T', ' ').replace("Z", "");
  }
}
