package org.rosetta.cli;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import org.rosetta.app.RosettaMain;

/** The application as {@code rosetta check} runs it: no web server, no database. */
public class CommandLineProfile implements QuarkusTestProfile {
  @Override
  public Map<String, String> getConfigOverrides() {
    return RosettaMain.COMMAND_LINE_SETTINGS;
  }
}
