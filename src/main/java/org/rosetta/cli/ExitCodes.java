package org.rosetta.cli;

/** The exit codes of every command, in one place and listed in {@code --help}. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int FINDINGS = 1;
  public static final int INPUT = 2;
  public static final int INTERNAL = 3;

  /** Meaning of each code, as {@code --help} lists it. */
  static java.util.Map<String, String> help() {
    java.util.Map<String, String> codes = new java.util.LinkedHashMap<>();
    codes.put(" " + OK, "success; for check: no finding at or above --fail-on");
    codes.put(" " + FINDINGS, "check found findings at or above --fail-on");
    codes.put(" " + INPUT, "usage or input error (the message names the file and the problem)");
    codes.put(" " + INTERNAL, "internal error");
    return codes;
  }

  private ExitCodes() {}
}
