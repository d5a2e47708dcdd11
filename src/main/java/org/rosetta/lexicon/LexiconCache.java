package org.rosetta.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * Learned lexicons kept in a folder, one file per set of memories, named by the SHA-256 of the
 * memories' contents and the {@link LexiconFile#VERSION}: the same memories load in a fraction of
 * the time learning takes, and a changed memory or a new Rosetta learns afresh. A file is written
 * to a temporary name and renamed, so a reader never sees half of one; an unreadable file is
 * learned again and replaced. The cache is a convenience: when its folder cannot be written,
 * Rosetta learns every time and says nothing.
 */
public final class LexiconCache {
  private final Path folder;

  public LexiconCache(Path folder) {
    this.folder = folder;
  }

  /**
   * @param contents the memories' texts, in the order given (their hash is the key)
   * @param learn learns the lexicons when the cache does not have them
   */
  public Lexicons get(List<String> contents, Supplier<Lexicons> learn) {
    Path file = folder.resolve("lexicon-" + key(contents) + ".bin");
    if (Files.isRegularFile(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        return LexiconFile.read(in);
      } catch (IOException | RuntimeException unreadable) {
        // Learned again below, and the file replaced.
      }
    }
    Lexicons learned = learn.get();
    store(file, learned);
    return learned;
  }

  private void store(Path file, Lexicons lexicons) {
    Path temporary = null;
    try {
      Files.createDirectories(folder);
      temporary = Files.createTempFile(folder, "lexicon-", ".tmp");
      try (OutputStream out = Files.newOutputStream(temporary)) {
        LexiconFile.write(lexicons, out);
      }
      try {
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | SecurityException e) {
      deleteQuietly(temporary);
    }
  }

  private static void deleteQuietly(Path path) {
    if (path != null) {
      try {
        Files.deleteIfExists(path);
      } catch (IOException ignored) {
        // A stray temporary file in a cache folder harms nothing.
      }
    }
  }

  static String key(List<String> contents) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(("rosetta-lexicon-" + LexiconFile.VERSION + "\n").getBytes(StandardCharsets.UTF_8));
      for (String content : contents) {
        sha.update(content.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
