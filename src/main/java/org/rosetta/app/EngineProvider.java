package org.rosetta.app;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.rosetta.Engine;
import org.rosetta.detect.LanguageIdentifier;
import org.rosetta.lexicon.LexiconCache;
import org.rosetta.segment.SentenceSegmenter;
import org.rosetta.text.TextDecoder;
import org.rosetta.text.TextFiles;

/**
 * Builds the engine for the front doors. The language models take a second and 300 MB to load,
 * so they are loaded once, and only when a command needs them ({@code --help} does not).
 */
@Singleton
public class EngineProvider {
  private final RosettaConfig config;
  private volatile LanguageIdentifier identifier;

  public EngineProvider(RosettaConfig config) {
    this.config = config;
  }

  /**
   * Starts loading the language models in the background, so the service answers at once and
   * reports ready when they are in.
   */
  void preload(@Observes StartupEvent event) {
    if (config.preloadModels()) {
      Thread loader = new Thread(this::identifier, "language-models");
      loader.setDaemon(true);
      loader.start();
    }
  }

  /** Whether the language models are loaded: the service's readiness. */
  public boolean modelsLoaded() {
    return identifier != null;
  }

  public Engine engine(Engine.AlignerKind aligner, boolean detectLanguages) {
    return new Engine(new SentenceSegmenter(), detectLanguages ? identifier() : null, aligner);
  }

  /** An engine that detects every segment afresh, without the memory of recent ones: for timing. */
  public Engine forgetfulEngine(Engine.AlignerKind aligner) {
    return new Engine(new SentenceSegmenter(), identifier().forgetful(), aligner);
  }

  /** The folder of learned lexicons ({@link RosettaConfig#cache()}). */
  public LexiconCache lexiconCache() {
    return new LexiconCache(config.cache().map(Path::of).orElseGet(EngineProvider::userCache));
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
    return new TextDecoder(config.maxInputBytes());
  }

  private LanguageIdentifier identifier() {
    LanguageIdentifier local = identifier;
    if (local == null) {
      synchronized (this) {
        local = identifier;
        if (local == null) {
          local = new LanguageIdentifier(config.detectLanguages());
          identifier = local;
        }
      }
    }
    return local;
  }
}
