package org.rosetta.detect;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.List;
import java.util.function.Supplier;
import org.rosetta.detect.CompactModels.Kind;

/**
 * Lingua's two detectors for the candidate languages written in one script, each built with its
 * models on first use. The quick one reads trigrams only (Lingua's low-accuracy mode: a fifth of
 * the models to load); the thorough one all n-grams from one to five. Both read the models as
 * {@link CompactModels} puts them into Lingua. Lingua loads models lazily
 * without a lock, so each detector is built with its models preloaded, under this object's lock,
 * and is then safe to share between threads.
 */
final class ScriptModels {
  private final List<Language> languages;
  private final Built quick;
  private final Built thorough;

  ScriptModels(List<Language> languages) {
    this.languages = List.copyOf(languages);
    Language[] written = languages.toArray(Language[]::new);
    this.quick =
        new Built(
            () -> {
              CompactModels.install(languages, List.of(Kind.TRIGRAMS));
              return LanguageDetectorBuilder.fromLanguages(written).withLowAccuracyMode().withPreloadedLanguageModels().build();
            });
    this.thorough =
        new Built(
            () -> {
              CompactModels.install(languages, List.of(Kind.values()));
              return LanguageDetectorBuilder.fromLanguages(written).withPreloadedLanguageModels().build();
            });
  }

  List<Language> languages() {
    return languages;
  }

  LanguageDetector quick() {
    return quick.get();
  }

  LanguageDetector thorough() {
    return thorough.get();
  }

  /**
   * A detector built on first use. Both of a script's detectors are built under the script's one
   * lock: the full models include the trigram models, which Lingua keeps in the same maps.
   */
  private final class Built {
    private final Supplier<LanguageDetector> build;
    private volatile LanguageDetector detector;

    Built(Supplier<LanguageDetector> build) {
      this.build = build;
    }

    LanguageDetector get() {
      LanguageDetector local = detector;
      if (local == null) {
        synchronized (ScriptModels.this) {
          local = detector;
          if (local == null) {
            local = build.get();
            detector = local;
          }
        }
      }
      return local;
    }
  }
}
