package org.rosetta.report.mqm;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** MQM's severities of an error: how much it costs a reader, and so how much it weighs in a score. */
public enum MqmSeverity {
  MINOR,
  MAJOR,
  CRITICAL;

  /** The name in the API and the history: {@code major}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<MqmSeverity> of(String code) {
    return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
  }
}
