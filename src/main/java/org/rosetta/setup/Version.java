package org.rosetta.setup;

/** Rosetta's version, from the jar's manifest (absent when running from classes, as in tests). */
public final class Version {
  private Version() {}

  public static String current() {
    String v = Version.class.getPackage().getImplementationVersion();
    return v == null ? "0.1.0-SNAPSHOT" : v;
  }

  /** "0.1" of "0.1.0-SNAPSHOT": the form office files take for the application that wrote them. */
  public static String majorMinor() {
    return current().replaceAll("^(\\d+\\.\\d+).*$", "$1");
  }
}
