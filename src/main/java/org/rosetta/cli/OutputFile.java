package org.rosetta.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.rosetta.text.InputException;

/** Writes a whole report or nothing: to a temporary file beside the target, then renamed. */
final class OutputFile {
  private OutputFile() {}

  static void write(Path target, String content) {
    write(target, content.getBytes(StandardCharsets.UTF_8));
  }

  static void write(Path target, byte[] content) {
    stream(target, out -> out.write(content));
  }

  /** What writes a file's content; the stream is closed by {@link #stream}. */
  @FunctionalInterface
  interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes a file as it is produced (a memory of a whole archive need not be held), still whole
   * or not at all: to a temporary file beside the target, renamed when the body is done.
   */
  static void stream(Path target, Body body) {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new InputException(target.toString(), "cannot be written: its folder does not exist");
    }
    if (Files.isDirectory(absolute)) {
      throw new InputException(target.toString(), "is a folder; --output needs a file name");
    }
    Path temp = null;
    try {
      temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".part");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
        body.writeTo(out);
      }
      try {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new InputException(target.toString(), "cannot be written: " + e.getMessage(), e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // The temporary file is hidden and removed by the next run at the latest.
        }
      }
    }
  }
}
