package org.rosetta.app;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.rosetta.text.Refusal;

/**
 * What the engine is told by whoever runs it: the service reads it with Quarkus ({@link
 * RosettaConfig}), the command line from system properties and the environment, so that it starts
 * without booting the service.
 *
 * @param detectLanguages languages the detector chooses among (ISO 639-1)
 * @param cache folder of learned lexicons; empty for the user's cache folder
 * @param maxInputBytes largest text or glossary accepted, in bytes
 * @param builtInLexicon whether alignment also weighs the lexicon that ships with Rosetta
 */
public record EngineSettings(List<String> detectLanguages, Optional<Path> cache, long maxInputBytes, boolean builtInLexicon) {
  static final String DEFAULT_DETECT_LANGUAGES = "en,ru,he,uk,be,bg,fr,de";
  static final String DEFAULT_MAX_INPUT_BYTES = "20971520";

  static EngineSettings of(RosettaConfig config) {
    return new EngineSettings(config.detectLanguages(), config.cache().map(Path::of), config.maxInputBytes(), config.builtinLexicon());
  }

  /**
   * The settings as the command line gets them: {@code -Drosetta.cache=…} (in {@code
   * ROSETTA_JAVA_OPTS}) or {@code ROSETTA_CACHE}, and likewise {@code rosetta.detect-languages},
   * {@code rosetta.max-input-bytes} and {@code rosetta.builtin-lexicon}; the names and defaults are the service's.
   */
  public static EngineSettings fromSystem() {
    return from(name -> Optional.ofNullable(System.getProperty(name)).or(() -> Optional.ofNullable(System.getenv(environmentName(name)))));
  }

  static EngineSettings from(Function<String, Optional<String>> lookup) {
    List<String> languages =
        Arrays.stream(lookup.apply("rosetta.detect-languages").orElse(DEFAULT_DETECT_LANGUAGES).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    Optional<Path> cache = lookup.apply("rosetta.cache").filter(s -> !s.isBlank()).map(Path::of);
    String max = lookup.apply("rosetta.max-input-bytes").orElse(DEFAULT_MAX_INPUT_BYTES).trim();
    long maxInputBytes;
    try {
      maxInputBytes = Long.parseLong(max);
    } catch (NumberFormatException e) {
      throw new Refusal("rosetta.max-input-bytes must be a number of bytes, not '" + max + "'", e);
    }
    if (maxInputBytes < 1) {
      throw new Refusal("rosetta.max-input-bytes must be at least 1, not " + maxInputBytes);
    }
    String builtIn = lookup.apply("rosetta.builtin-lexicon").orElse("true").trim().toLowerCase(java.util.Locale.ROOT);
    if (!builtIn.equals("true") && !builtIn.equals("false")) {
      throw new Refusal("rosetta.builtin-lexicon must be true or false, not '" + builtIn + "'");
    }
    return new EngineSettings(languages, cache, maxInputBytes, Boolean.parseBoolean(builtIn));
  }

  /** MicroProfile Config's rule: {@code rosetta.max-input-bytes} is {@code ROSETTA_MAX_INPUT_BYTES}. */
  static String environmentName(String property) {
    return property.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
  }
}
