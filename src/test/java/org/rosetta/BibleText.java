package org.rosetta;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The Bible development verses ({@code src/test/resources/bible}), public-domain text in the
 * repository, so the tests that need real verse-aligned text never skip.
 */
public final class BibleText {
  private static final String RESOURCE = "/bible/dev.tsv.gz";
  private static volatile List<String> lines;

  private BibleText() {}

  /** The lines of {@code dev.tsv}, header ({@code id en ru he}) first. */
  public static List<String> lines() {
    List<String> read = lines;
    if (read == null) {
      InputStream packed = BibleText.class.getResourceAsStream(RESOURCE);
      if (packed == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the test resources");
      }
      try (InputStream unpacked = new GZIPInputStream(packed)) {
        read = List.of(new String(unpacked.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      lines = read;
    }
    return read;
  }
}
