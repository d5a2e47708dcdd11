package org.rosetta.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;

/**
 * The lexicon that ships with Rosetta, so that a statement checked alone, without a memory, has
 * word evidence to align on. Learned by {@code scripts/build-lexicon.sh} from the public-domain
 * Bible development split (4,301 verses in English, Russian and Hebrew; the other books of that
 * set are kept aside to evaluate alignment): its words are old, but the words every text shares
 * are there, and with them FLORES news checked one statement at a time finds 92% of the dropped
 * Russian sentences instead of 72% ({@code eval --one-by-one}). Names of places, countries and
 * languages come from CLDR as anchors ({@code align.WorldNames}), not from here. Loaded on first
 * use (about 2.4 MB packed) and kept for the life of the process.
 */
public final class BuiltInLexicon {
  static final String RESOURCE = "/lexicon/builtin.rlx.gz";
  private static final AtomicBoolean STARTED = new AtomicBoolean();

  private BuiltInLexicon() {}

  /**
   * The lexicons, loaded on the first call.
   *
   * @throws IllegalStateException when the application was built without them, every time it is asked (a bug of the build)
   */
  public static Lexicons get() {
    if (Holder.FAILURE != null) {
      throw new IllegalStateException(Holder.FAILURE.getMessage(), Holder.FAILURE);
    }
    return Holder.LEXICONS;
  }

  /** Starts loading them on another thread, once per process, so that a first check does not wait. */
  public static void loadInBackground() {
    if (STARTED.compareAndSet(false, true)) {
      // A failure is reported by the check that needs the lexicon, not by this thread.
      Thread loader = new Thread(BuiltInLexicon::loaded, "builtin-lexicon");
      loader.setDaemon(true);
      loader.start();
    }
  }

  private static boolean loaded() {
    return Holder.FAILURE == null;
  }

  /** Loaded once; a failure is kept, so every caller learns why instead of a bare NoClassDefFoundError. */
  private static final class Holder {
    static final Lexicons LEXICONS;
    static final RuntimeException FAILURE;

    static {
      Lexicons loaded = null;
      RuntimeException failure = null;
      try {
        loaded = load();
      } catch (RuntimeException e) {
        failure = e;
      }
      LEXICONS = loaded;
      FAILURE = failure;
    }
  }

  private static Lexicons load() {
    try (InputStream resource = BuiltInLexicon.class.getResourceAsStream(RESOURCE)) {
      if (resource == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the application: build it with scripts/build-lexicon.sh");
      }
      return LexiconFile.read(new GZIPInputStream(resource, 1 << 16));
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE + " cannot be read (rebuild it with scripts/build-lexicon.sh): " + e.getMessage(), e);
    }
  }
}
