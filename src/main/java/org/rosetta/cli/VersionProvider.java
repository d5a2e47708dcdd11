package org.rosetta.cli;

import picocli.CommandLine;

/** The version printed by {@code --version}, from the jar's manifest. */
public final class VersionProvider implements CommandLine.IVersionProvider {
  public static String version() {
    String v = VersionProvider.class.getPackage().getImplementationVersion();
    return v == null ? "0.1.0-SNAPSHOT" : v;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"Rosetta " + version(), "Java " + System.getProperty("java.version")};
  }
}
