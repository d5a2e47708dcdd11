package org.rosetta.cli;

import org.rosetta.setup.Version;
import picocli.CommandLine;

/** The version printed by {@code --version}, from the jar's manifest. */
public final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"Rosetta " + Version.current(), "Java " + System.getProperty("java.version")};
  }
}
