package org.rosetta.align;

import java.util.concurrent.atomic.AtomicBoolean;
import org.rosetta.lang.ru.RussianDictionary;
import org.rosetta.text.Lang;

/**
 * What the aligner builds on first use: the Russian dictionary, the world names of CLDR in three
 * languages with their Russian cases, and ICU's transliteration rules. Together about a third of
 * a cold check of the seed; built on another thread while a command reads, segments and detects,
 * they are off the first check's path.
 */
public final class AlignerResources {
  private static final AtomicBoolean STARTED = new AtomicBoolean();

  private AlignerResources() {}

  /** Starts building them, once per process; a check that needs one first waits for it. */
  public static void loadInBackground() {
    if (STARTED.compareAndSet(false, true)) {
      Thread loader = new Thread(AlignerResources::load, "aligner-resources");
      loader.setDaemon(true);
      loader.start();
    }
  }

  private static void load() {
    RussianDictionary.get();
    WorldNames.find(Lang.RU, "Франция");
    NameSkeleton.of("Москва");
  }
}
