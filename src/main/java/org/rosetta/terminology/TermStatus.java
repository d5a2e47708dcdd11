package org.rosetta.terminology;

import java.util.Locale;
import java.util.Optional;

/** TBX administrative status of a term: whether a translator should, may, or must not use it. */
public enum TermStatus {
  PREFERRED("preferredTerm-admn-sts"),
  ADMITTED("admittedTerm-admn-sts"),
  DEPRECATED("deprecatedTerm-admn-sts");

  private final String tbxValue;

  TermStatus(String tbxValue) {
    this.tbxValue = tbxValue;
  }

  public String tbxValue() {
    return tbxValue;
  }

  public boolean approved() {
    return this != DEPRECATED;
  }

  /**
   * Reads a status written either as a TBX value ({@code preferredTerm-admn-sts}) or as a word a
   * spreadsheet user would type (preferred, admitted, deprecated, forbidden, superseded).
   */
  public static Optional<TermStatus> parse(String value) {
    String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    return switch (v) {
      case "", "preferred", "preferredterm-admn-sts" -> Optional.of(PREFERRED);
      case "admitted", "allowed", "synonym", "admittedterm-admn-sts" -> Optional.of(ADMITTED);
      case "deprecated", "forbidden", "superseded", "deprecatedterm-admn-sts", "supersededterm-admn-sts" ->
          Optional.of(DEPRECATED);
      default -> Optional.empty();
    };
  }
}
