package org.rosetta.memory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rosetta.text.Lang;

/**
 * A translation memory written unit by unit while an archive is aligned, so no more than one
 * document is held: TMX 1.4b ({@link TmxMemoryWriter}) or a table with a column per language
 * ({@link TableMemoryWriter}), both read back by {@link MemoryReader}.
 */
public interface MemoryWriter extends AutoCloseable {
  /**
   * One unit: an English text and its translations (one or both), each with the score and shape
   * of the link that paired it.
   */
  record Unit(String document, Map<Lang, String> texts, Map<Lang, Double> scores, Map<Lang, String> shapes) implements Serializable {
    public Unit {
      texts = Lang.ordered(texts);
      scores = Lang.ordered(scores);
      shapes = Lang.ordered(shapes);
    }
  }

  void write(Unit unit) throws IOException;

  /** Ends the memory (the TMX's closing tags); the stream stays the caller's. */
  @Override
  void close() throws IOException;

  /** The writer for a file name's extension: {@code .tmx}, {@code .tsv} or {@code .csv}; empty for any other. */
  static Optional<MemoryWriter> forFile(String fileName, OutputStream out, String toolVersion) throws IOException {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".tmx")) {
      return Optional.of(new TmxMemoryWriter(out, toolVersion));
    }
    if (lower.endsWith(".tsv")) {
      return Optional.of(new TableMemoryWriter(out, '\t'));
    }
    if (lower.endsWith(".csv")) {
      return Optional.of(new TableMemoryWriter(out, ','));
    }
    return Optional.empty();
  }
}
