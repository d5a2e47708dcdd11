package org.rosetta.detect;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.List;

/**
 * Lingua's two detectors for the candidate languages written in one script, each built with its
 * models on first use. The quick one reads trigrams only (Lingua's low-accuracy mode: a fifth of
 * the models to load); the thorough one all n-grams from one to five. Lingua loads models lazily
 * without a lock, so each detector is built with its models preloaded, under this object's lock,
 * and is then safe to share between threads.
 */
final class ScriptModels {
  private final Language[] languages;
  private volatile LanguageDetector quick;
  private volatile LanguageDetector thorough;

  ScriptModels(List<Language> languages) {
    this.languages = languages.toArray(Language[]::new);
  }

  LanguageDetector quick() {
    LanguageDetector local = quick;
    if (local == null) {
      synchronized (this) {
        local = quick;
        if (local == null) {
          local = LanguageDetectorBuilder.fromLanguages(languages).withLowAccuracyMode().withPreloadedLanguageModels().build();
          quick = local;
        }
      }
    }
    return local;
  }

  LanguageDetector thorough() {
    LanguageDetector local = thorough;
    if (local == null) {
      synchronized (this) {
        local = thorough;
        if (local == null) {
          local = LanguageDetectorBuilder.fromLanguages(languages).withPreloadedLanguageModels().build();
          thorough = local;
        }
      }
    }
    return local;
  }
}
