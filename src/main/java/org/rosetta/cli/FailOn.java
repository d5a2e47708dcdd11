package org.rosetta.cli;

import org.rosetta.check.Severity;

/** The least severe finding that makes {@code check} exit with 1. */
public enum FailOn {
  error(Severity.ERROR),
  warning(Severity.WARNING),
  never(null);

  private final Severity threshold;

  FailOn(Severity threshold) {
    this.threshold = threshold;
  }

  /** The threshold, or null when nothing fails. */
  Severity threshold() {
    return threshold;
  }
}
