package org.rosetta.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.rosetta.detect.LanguageIdentifier;
import org.rosetta.setup.EngineSettings;

/**
 * Runs a command line as the {@code rosetta} launcher does ({@link CommandLineMain}), in this JVM,
 * with the test settings: a cache under target/ and a 1 MB input limit, so that the limit tests
 * need no large files.
 */
final class CommandLineRun {
  static final EngineSettings SETTINGS =
      new EngineSettings(LanguageIdentifier.DEFAULT_CANDIDATES, Optional.of(Path.of("target/test-cache")), 1024 * 1024, true, java.util.OptionalInt.empty());

  /** What a run printed and its exit code. */
  record Result(int exitCode, String output, String errorOutput) {}

  private CommandLineRun() {}

  static Result launch(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = CommandLineMain.run(SETTINGS, new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(exitCode, out.toString(), err.toString());
  }
}
