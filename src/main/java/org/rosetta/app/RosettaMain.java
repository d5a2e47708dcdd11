package org.rosetta.app;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import java.util.Map;
import org.rosetta.cli.RosettaCommand;
import picocli.CommandLine;

/**
 * Entry point: hands the arguments to picocli, with commands created by CDI. Without arguments it
 * runs the service ({@code serve}).
 */
@QuarkusMain
public class RosettaMain implements QuarkusApplication {
  /**
   * What a command-line run switches off: it needs neither the web server (which would take the
   * service's port) nor the database, nor the language models before it asks for them.
   */
  public static final Map<String, String> COMMAND_LINE_SETTINGS =
      Map.of(
          "quarkus.http.host-enabled", "false",
          "quarkus.datasource.active", "false",
          "quarkus.hibernate-orm.active", "false",
          "quarkus.flyway.active", "false",
          "rosetta.preload-models", "false");

  @Inject CommandLine.IFactory factory;

  public static void main(String... args) {
    if (!RosettaCommand.serves(args)) {
      COMMAND_LINE_SETTINGS.forEach(System::setProperty);
    }
    Quarkus.run(RosettaMain.class, args);
  }

  @Override
  public int run(String... args) {
    return RosettaCommand.commandLine(factory).execute(RosettaCommand.serves(args) ? new String[] {"serve"} : args);
  }
}
