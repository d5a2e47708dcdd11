package org.rosetta.app;

/** Rosetta's version, from the jar's manifest (absent when running from classes, as in tests). */
public final class Version {
  private Version() {}

  public static String current() {
    String v = Version.class.getPackage().getImplementationVersion();
    return v == null ? "0.1.0-SNAPSHOT" : v;
  }
}
