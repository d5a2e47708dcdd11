package org.rosetta.report.mqm;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The error dimensions of MQM (Multidimensional Quality Metrics, the core of ISO 5060) that a
 * check's findings fall into, with the names MQM gives them.
 */
public enum MqmCategory {
  TERMINOLOGY("Terminology"),
  ACCURACY("Accuracy"),
  LINGUISTIC_CONVENTIONS("Linguistic conventions"),
  STYLE("Style"),
  LOCALE_CONVENTIONS("Locale conventions"),
  DESIGN_AND_MARKUP("Design and markup");

  private final String label;

  MqmCategory(String label) {
    this.label = label;
  }

  /** MQM's own name: {@code Linguistic conventions}. */
  public String label() {
    return label;
  }

  /** The name in the API and the history: {@code linguistic-conventions}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<MqmCategory> of(String code) {
    return Arrays.stream(values()).filter(c -> c.code().equals(code)).findFirst();
  }
}
