package org.rosetta.cli;

import java.io.PrintWriter;
import org.rosetta.setup.EngineProvider;
import org.rosetta.setup.EngineSettings;
import org.rosetta.text.Refusal;
import picocli.CommandLine;

/**
 * The command line without the service: {@code check}, {@code eval}, {@code bench}, help and
 * version run on the engine alone, with no CDI container, web server, database or Hibernate to
 * start (they took over two seconds before the first line of a check). The {@code rosetta}
 * launcher runs this for every command but {@code serve}; {@code java -jar quarkus-run.jar check
 * …} hands them here too ({@link org.rosetta.app.RosettaMain}).
 */
public final class CommandLineMain {
  private CommandLineMain() {}

  public static void main(String... args) {
    // Okapi logs through SLF4J, whose JBoss binding needs the log manager the service installs;
    // a command reports through its own messages, so the libraries' logging is switched off.
    System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
    System.setProperty("slf4j.internal.verbosity", "WARN");
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /**
   * Runs one command line with the settings of system properties and the environment, and
   * answers its exit code; the streams are the command's.
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    EngineSettings settings;
    try {
      settings = EngineSettings.fromSystem();
    } catch (Refusal e) {
      err.println("rosetta: " + e.getMessage());
      return ExitCodes.INPUT;
    }
    return run(settings, out, err, args);
  }

  /** Runs one command line with these settings and answers its exit code. */
  public static int run(EngineSettings settings, PrintWriter out, PrintWriter err, String... args) {
    if (RosettaCommand.serves(args)) {
      err.println("rosetta: the service runs through Quarkus: start it with ./rosetta serve (or java -jar target/quarkus-app/quarkus-run.jar)");
      return ExitCodes.INPUT;
    }
    CommandLine cli = RosettaCommand.commandLine(new CommandFactory(new EngineProvider(settings)));
    cli.setOut(out);
    cli.setErr(err);
    try {
      return cli.execute(args);
    } catch (OutOfMemoryError e) {
      // Not the user's input error, and no stack trace either: what to do about it.
      err.println(String.format(java.util.Locale.ROOT,
          "rosetta: ran out of memory (the Java heap is %d MB): give it more, e.g. ROSETTA_JAVA_OPTS=-Xmx4g ./rosetta ..., or check fewer or smaller documents at once",
          Runtime.getRuntime().maxMemory() / (1024 * 1024)));
      err.flush();
      return ExitCodes.INTERNAL;
    }
  }

  /** Hands the engine to the commands that take it, and makes everything else as picocli would. */
  private record CommandFactory(EngineProvider engines) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      try {
        return type.getConstructor(EngineProvider.class).newInstance(engines);
      } catch (NoSuchMethodException e) {
        return CommandLine.defaultFactory().create(type);
      }
    }
  }
}
