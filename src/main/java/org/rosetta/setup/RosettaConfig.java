package org.rosetta.setup;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.List;
import java.util.Map;

/** Settings of the engine, from application.properties, system properties or the environment. */
@ConfigMapping(prefix = "rosetta")
public interface RosettaConfig {
  /** Languages the detector chooses among (ISO 639-1); the document languages plus confusables. */
  @WithDefault(EngineSettings.DEFAULT_DETECT_LANGUAGES)
  List<String> detectLanguages();

  /** Load the language models in the background at start (the service), or on first use. */
  @WithDefault("true")
  boolean preloadModels();

  /**
   * Folder where what was learned from translation memories is kept, so that the same memories
   * load quickly next time. Default: {@code $XDG_CACHE_HOME/rosetta}, else {@code ~/.cache/rosetta}.
   */
  java.util.Optional<String> cache();

  /** Folder of the service's embedded database and of what it learned from its translation memory. */
  @WithDefault("./data")
  String data();

  /**
   * Align with the lexicon that ships with Rosetta beside the translation memory, so that a
   * statement checked without a memory has word evidence too ({@code lexicon.BuiltInLexicon}).
   */
  @WithDefault("true")
  boolean builtinLexicon();

  /**
   * Threads of the engine's pool, for detecting and aligning in parallel. Default: one per core;
   * fewer leaves cores to whatever else the machine runs.
   */
  java.util.OptionalInt engineThreads();

  /** Largest text or glossary accepted, in bytes. */
  @WithDefault(EngineSettings.DEFAULT_MAX_INPUT_BYTES)
  long maxInputBytes();

  /** Archives of past statements uploaded as a ZIP to become memory ({@code POST /api/memories}). */
  Archive archive();

  /** Limits and threshold of an uploaded archive. */
  interface Archive {
    /** Most files one archive may hold. */
    @WithDefault("20000")
    int maxFiles();

    /** Most bytes its files may unpack to together (each file is held to {@code max-input-bytes}). */
    @WithDefault("209715200")
    long maxUnpackedBytes();

    /** Links scored at least this become memory, as {@code rosetta align --min-score}. */
    @WithDefault("0.9")
    double minScore();
  }

  /** How the sign-in page names an organisation's OpenID Connect provider, by tenant: {@code rosetta.sign-in.<tenant>.label}. */
  @WithName("sign-in")
  Map<String, SignIn> signIn();

  /** The sign-in page's button for one provider. */
  interface SignIn {
    /** What the button says after "Sign in with". */
    String label();
  }
}
