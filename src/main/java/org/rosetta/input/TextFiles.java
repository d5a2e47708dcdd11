package org.rosetta.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rosetta.text.InputException;

/** Reads text files for the engine, with every failure turned into an {@link InputException}. */
public final class TextFiles {
  private final TextDecoder decoder;

  public TextFiles(TextDecoder decoder) {
    this.decoder = decoder;
  }

  public String read(Path path) {
    return decoder.decode(path.toString(), readBytes(path));
  }

  /** A file's bytes, after the checks every input gets: it exists, is a readable file, is not too large. */
  public byte[] readBytes(Path path) {
    String origin = path.toString();
    if (!Files.exists(path)) {
      throw new InputException(origin, "does not exist");
    }
    if (Files.isDirectory(path)) {
      throw new InputException(origin, "is a folder, not a file");
    }
    if (!Files.isReadable(path)) {
      throw new InputException(origin, "cannot be read (permission denied)");
    }
    try {
      decoder.checkSize(origin, Files.size(path));
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new InputException(origin, "cannot be read: " + e.getMessage(), e);
    }
  }

  public TextDecoder decoder() {
    return decoder;
  }
}
