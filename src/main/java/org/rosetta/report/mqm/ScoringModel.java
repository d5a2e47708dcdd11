package org.rosetta.report.mqm;

/**
 * How a scorecard weighs errors and where it draws the line: penalty points per error of each
 * severity, and the most points per 1,000 English words a translation may have and pass. The
 * defaults are MQM's usual weights (1, 5, 25) and a limit of 10 points per 1,000 words, a quality
 * score of 99%.
 */
public record ScoringModel(double minor, double major, double critical, double passAtMost) {
  public static final ScoringModel DEFAULT = new ScoringModel(1, 5, 25, 10);

  public ScoringModel {
    if (minor < 0 || major < 0 || critical < 0 || passAtMost < 0) {
      throw new IllegalArgumentException("MQM weights and the pass threshold cannot be negative");
    }
  }

  public double weight(MqmSeverity severity) {
    return switch (severity) {
      case MINOR -> minor;
      case MAJOR -> major;
      case CRITICAL -> critical;
    };
  }
}
