package org.rosetta.app;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import org.rosetta.cli.CommandLineMain;
import org.rosetta.cli.RosettaCommand;
import picocli.CommandLine;

/**
 * Entry point of {@code java -jar quarkus-run.jar}: without arguments, or with {@code serve}, it
 * runs the service inside Quarkus (its command created by CDI); other commands run as on the
 * command line ({@link CommandLineMain}).
 */
@QuarkusMain
public class RosettaMain implements QuarkusApplication {
  @Inject CommandLine.IFactory factory;

  /**
   * A command other than {@code serve} runs without Quarkus, as the launcher runs it: it needs
   * neither the web server nor the database, and the accounts' identity provider cannot start
   * without the database.
   */
  public static void main(String... args) {
    if (!RosettaCommand.serves(args)) {
      CommandLineMain.main(args);
      return;
    }
    Quarkus.run(RosettaMain.class, args);
  }

  @Override
  public int run(String... args) {
    return RosettaCommand.commandLine(factory).execute("serve");
  }
}
