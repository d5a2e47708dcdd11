package org.rosetta.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.rosetta.ArchiveAlignment;
import org.rosetta.lexicon.LexiconFile;
import org.rosetta.lexicon.Lexicons;

/**
 * The lexicons a pass aligns with, as the tasks get them: the memory's and what the archive has
 * taught so far, each broadcast once in Rosetta's lexicon file format (the one the cache keeps),
 * and decoded once per executor and pass; the built-in lexicon ships in the jar.
 */
final class JobLexicons implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Decoded lexicons by broadcast: a pass's, and the memory's that every pass shares. */
  private static final Map<String, Lexicons> DECODED = new LinkedHashMap<>(4, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Lexicons> eldest) {
      return size() > 3;
    }
  };

  private final Broadcast<byte[]> memory;
  private final boolean builtIn;
  private final Broadcast<byte[]> taught;
  /** The Spark application the broadcasts belong to: their ids start again in another one. */
  private final String application;

  private JobLexicons(Broadcast<byte[]> memory, boolean builtIn, Broadcast<byte[]> taught, String application) {
    this.memory = memory;
    this.builtIn = builtIn;
    this.taught = taught;
    this.application = application;
  }

  static Broadcast<byte[]> broadcast(JavaSparkContext spark, Lexicons lexicons) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      LexiconFile.write(lexicons, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return spark.broadcast(bytes.toByteArray());
  }

  /** The memory's lexicons (with the built-in one beside them when {@code builtIn}) and what a pass has been taught. */
  static JobLexicons of(JavaSparkContext spark, Broadcast<byte[]> memory, boolean builtIn, Broadcast<byte[]> taught) {
    return new JobLexicons(memory, builtIn, taught, spark.sc().applicationId());
  }

  /** On a task: what the document is aligned with, as {@code rosetta align} combines it. */
  Lexicons lexicons() {
    Lexicons given = decoded(memory);
    return ArchiveAlignment.lexicons(builtIn ? given.withBuiltIn() : given, decoded(taught));
  }

  private Lexicons decoded(Broadcast<byte[]> broadcast) {
    String key = application + "/" + broadcast.id();
    synchronized (DECODED) {
      Lexicons lexicons = DECODED.get(key);
      if (lexicons == null) {
        try {
          lexicons = LexiconFile.read(new ByteArrayInputStream(broadcast.value()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        DECODED.put(key, lexicons);
      }
      return lexicons;
    }
  }
}
