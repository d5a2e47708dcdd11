package org.rosetta.setup;

import java.nio.file.Path;
import org.rosetta.Engine;
import org.rosetta.align.AlignerResources;
import org.rosetta.detect.LanguageIdentifier;
import org.rosetta.input.TextDecoder;
import org.rosetta.input.TextFiles;
import org.rosetta.lexicon.BuiltInLexicon;
import org.rosetta.lexicon.LexiconCache;
import org.rosetta.lexicon.Lexicons;
import org.rosetta.segment.SentenceSegmenter;

/**
 * Builds the engine for the front doors: the service gets it from CDI ({@link EngineBeans}), the
 * command line makes its own. The language models take half a second and 45 MB to load (packed,
 * {@code detect.NgramTable}), so they are loaded once, and only when a command needs them
 * ({@code --help} does not).
 */
public class EngineProvider {
  private final EngineSettings settings;
  private volatile LanguageIdentifier identifier;
  /** Set while the models are being loaded at start; checks would wait for them. */
  private volatile boolean preloading;

  public EngineProvider(EngineSettings settings) {
    this.settings = settings;
  }

  /**
   * Starts loading the language models in the background, so the service answers at once. It
   * reports ready once the trigram models are in, which nearly every segment needs; the full
   * models, for short segments the trigrams place in another language, follow on the same thread.
   */
  void preloadInBackground() {
    preloading = true;
    Thread loader =
        new Thread(
            () -> {
              try {
                identifier().loadQuickModels();
              } finally {
                preloading = false;
              }
              identifier().loadAllModels();
            },
            "language-models");
    loader.setDaemon(true);
    loader.start();
  }

  /** Whether no loading of the models at start is still under way: the service's readiness. */
  public boolean modelsLoaded() {
    return !preloading;
  }

  public Engine engine(Engine.AlignerKind aligner, boolean detectLanguages) {
    prepareInBackground(detectLanguages);
    return sized(detectLanguages ? new Engine(new SentenceSegmenter(), identifier(), aligner) : Engine.withoutDetection(new SentenceSegmenter(), aligner));
  }

  private Engine sized(Engine engine) {
    return settings.engineThreads().isPresent() ? engine.withThreads(settings.engineThreads().getAsInt()) : engine;
  }

  /**
   * Starts loading, on other threads and once per process, what a check will need first: the
   * aligner's resources and, when it detects languages, the trigram models.
   */
  private void prepareInBackground(boolean detectLanguages) {
    AlignerResources.loadInBackground();
    if (settings.builtInLexicon()) {
      BuiltInLexicon.loadInBackground();
    }
    if (detectLanguages) {
      identifier().loadQuickModelsInBackground();
    }
  }

  /** An engine that detects every segment afresh, without the memory of recent ones: for timing. */
  public Engine forgetfulEngine(Engine.AlignerKind aligner) {
    return sized(new Engine(new SentenceSegmenter(), identifier().forgetful(), aligner));
  }

  /**
   * What the aligner weighs: a memory's lexicons, and the one that ships with Rosetta unless the
   * settings turn it off ({@link RosettaConfig#builtinLexicon()}).
   */
  public Lexicons lexicons(Lexicons memory) {
    return settings.builtInLexicon() ? memory.withBuiltIn() : memory;
  }

  /** The folder of learned lexicons ({@link RosettaConfig#cache()}). */
  public LexiconCache lexiconCache() {
    return new LexiconCache(settings.cache().orElseGet(EngineProvider::userCache));
  }

  private static Path userCache() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("rosetta");
  }

  public TextFiles files() {
    return new TextFiles(decoder());
  }

  public TextDecoder decoder() {
    return new TextDecoder(settings.maxInputBytes());
  }

  private LanguageIdentifier identifier() {
    LanguageIdentifier local = identifier;
    if (local == null) {
      synchronized (this) {
        local = identifier;
        if (local == null) {
          local = new LanguageIdentifier(settings.detectLanguages());
          identifier = local;
        }
      }
    }
    return local;
  }
}
