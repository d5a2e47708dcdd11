package org.rosetta.app;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import org.rosetta.cli.RosettaCommand;
import picocli.CommandLine;

/** Entry point: hands the arguments to picocli, with commands created by CDI. */
@QuarkusMain
public class RosettaMain implements QuarkusApplication {
  @Inject CommandLine.IFactory factory;

  public static void main(String... args) {
    Quarkus.run(RosettaMain.class, args);
  }

  @Override
  public int run(String... args) {
    return RosettaCommand.commandLine(factory).execute(args);
  }
}
