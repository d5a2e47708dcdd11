package org.rosetta.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What a task made of one document of the archive: its result, or why it was skipped (a file that
 * cannot be read is named and left out, as {@code rosetta align} does), with any warning about
 * how its files were read.
 *
 * @param value the result, null when skipped
 * @param skipped why the document was left out, null when it was not
 */
record DocumentOutcome<T extends Serializable>(String name, T value, String skipped, List<String> warnings) implements Serializable {
  static <T extends Serializable> DocumentOutcome<T> done(String name, T value, List<String> warnings) {
    return new DocumentOutcome<>(name, value, null, List.copyOf(warnings));
  }

  static <T extends Serializable> DocumentOutcome<T> skipped(String name, String why, List<String> warnings) {
    return new DocumentOutcome<>(name, null, why, List.copyOf(warnings));
  }
}
