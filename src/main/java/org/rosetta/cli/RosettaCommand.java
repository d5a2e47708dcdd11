package org.rosetta.cli;

import java.io.PrintWriter;
import org.rosetta.text.InputException;
import org.rosetta.text.Refusal;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top command: {@code rosetta [serve] | check | eval | bench}. */
@Command(
    name = "rosetta",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Checks English, Russian and Hebrew versions of a statement against each other and a glossary.",
    subcommands = {
      ServeCommand.class, CheckCommand.class, AlignCommand.class, EvalCommand.class, BenchCommand.class, LearnCommand.class, CommandLine.HelpCommand.class
    })
public class RosettaCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: serve, check, eval, bench or learn");
  }

  /** The service runs when asked to, and when no command is given. */
  public static boolean serves(String... args) {
    return args.length == 0 || (args.length == 1 && args[0].equals("serve"));
  }

  /** The command line with Rosetta's error handling: input errors are messages, never traces. */
  public static CommandLine commandLine(CommandLine.IFactory factory) {
    CommandLine cli = new CommandLine(RosettaCommand.class, factory);
    listExitCodes(cli);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          if (e instanceof InputException || e instanceof Refusal) {
            err.println("rosetta: " + e.getMessage());
            err.flush();
            return ExitCodes.INPUT;
          }
          err.println("rosetta: internal error: " + e);
          err.flush();
          return ExitCodes.INTERNAL;
        });
    return cli;
  }

  private static void listExitCodes(CommandLine command) {
    command.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCodes.help());
    command.getSubcommands().values().forEach(RosettaCommand::listExitCodes);
  }
}
