package org.rosetta.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a batch on stderr: a bar redrawn in place on a terminal, one line per document (or
 * per thousand, for an archive) otherwise, so CI logs stay readable.
 */
final class Progress {
  private static final int BAR = 30;

  private final PrintWriter err;
  private final boolean terminal;
  private final int total;
  private final int every;
  private int done;

  Progress(PrintWriter err, boolean terminal, int total) {
    this(err, terminal, total, 1);
  }

  /** @param every off a terminal, a line per this many documents (and one for the last) */
  Progress(PrintWriter err, boolean terminal, int total, int every) {
    this.err = err;
    this.terminal = terminal;
    this.total = total;
    this.every = every;
  }

  /** Whether stderr is an interactive terminal (Java 17 cannot tell stderr from stdout apart). */
  static boolean stderrIsTerminal() {
    return System.console() != null && System.getenv("CI") == null;
  }

  void documentDone(String name, String outcome) {
    done++;
    if (terminal) {
      int filled = total == 0 ? BAR : done * BAR / total;
      err.printf(Locale.ROOT, "\r[%s%s] %d/%d %-30.30s", "#".repeat(filled), " ".repeat(BAR - filled), done, total, name);
      if (done == total) {
        err.println();
      }
    } else if (done % every == 0 || done == total) {
      err.printf(Locale.ROOT, "[%d/%d] %s: %s%n", done, total, name, outcome);
    }
    err.flush();
  }
}
