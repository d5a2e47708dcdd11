package org.rosetta.setup;

import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.rosetta.text.Refusal;

/**
 * What the engine is told by whoever runs it: both the service (through Quarkus) and the command
 * line (SmallRye Config alone, so that it starts without booting the service) read {@link
 * RosettaConfig}.
 *
 * @param detectLanguages languages the detector chooses among (ISO 639-1)
 * @param cache folder of learned lexicons; empty for the user's cache folder
 * @param maxInputBytes largest text or glossary accepted, in bytes
 * @param builtInLexicon whether alignment also weighs the lexicon that ships with Rosetta
 * @param engineThreads threads of the engine's pool; empty for one per core
 */
public record EngineSettings(List<String> detectLanguages, Optional<Path> cache, long maxInputBytes, boolean builtInLexicon, OptionalInt engineThreads) {
  static final String DEFAULT_DETECT_LANGUAGES = "en,ru,he,uk,be,bg,fr,de";
  static final String DEFAULT_MAX_INPUT_BYTES = "20971520";

  private static final String BUILTIN_LEXICON = "rosetta.builtin-lexicon";

  /** What SmallRye reads as true, and their opposites. */
  private static final java.util.Set<String> BOOLEAN_WORDS = java.util.Set.of("true", "1", "yes", "y", "on", "false", "0", "no", "n", "off");

  /** How SmallRye names the setting and the value it could not convert. */
  private static final Pattern SETTING = Pattern.compile("config property (\\S+) with the config value \"(.*?)\"");

  /** @throws Refusal when a setting is out of range, naming it */
  static EngineSettings of(RosettaConfig config) {
    if (config.maxInputBytes() < 1) {
      throw new Refusal("rosetta.max-input-bytes must be at least 1, not " + config.maxInputBytes());
    }
    if (config.engineThreads().isPresent() && config.engineThreads().getAsInt() < 1) {
      throw new Refusal("rosetta.engine-threads must be at least 1, not " + config.engineThreads().getAsInt());
    }
    return new EngineSettings(
        config.detectLanguages().stream().map(String::trim).filter(s -> !s.isEmpty()).toList(),
        config.cache().filter(s -> !s.isBlank()).map(Path::of),
        config.maxInputBytes(),
        config.builtinLexicon(),
        config.engineThreads());
  }

  /**
   * The settings as the command line gets them, by SmallRye Config as the service does but without
   * booting it: {@code -Drosetta.cache=…} (in {@code ROSETTA_JAVA_OPTS}) or {@code ROSETTA_CACHE},
   * and likewise every other {@code rosetta.*} setting, with the service's names, defaults and
   * conversions ({@link RosettaConfig}).
   */
  public static EngineSettings fromSystem() {
    return read(new SmallRyeConfigBuilder().addDefaultSources());
  }

  /** The settings from these properties alone, over the defaults. */
  static EngineSettings from(Map<String, String> properties) {
    return read(new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(properties, "given", ConfigSource.DEFAULT_ORDINAL)));
  }

  private static EngineSettings read(SmallRyeConfigBuilder builder) {
    SmallRyeConfig config;
    try {
      // The service's other settings (rosetta.mqm.*, rosetta.session.*) share ROSETTA_JAVA_OPTS with the commands: not refused here.
      config = builder.addDefaultInterceptors().withMapping(RosettaConfig.class).withValidateUnknown(false).build();
    } catch (ConfigValidationException e) {
      throw new Refusal(problems(e), e);
    }
    requireTrueOrFalse(config);
    return of(config.getConfigMapping(RosettaConfig.class));
  }

  /**
   * SmallRye reads anything but true, 1, yes, y, on as false: a typo in {@code
   * rosetta.builtin-lexicon} would turn the lexicon off unseen. The service checks it at start too.
   *
   * @throws Refusal naming the setting and its value
   */
  static void requireTrueOrFalse(org.eclipse.microprofile.config.Config config) {
    String builtIn = config.getConfigValue(BUILTIN_LEXICON).getValue();
    if (builtIn != null && !builtIn.isBlank() && !BOOLEAN_WORDS.contains(builtIn.strip().toLowerCase(java.util.Locale.ROOT))) {
      throw new Refusal(BUILTIN_LEXICON + " must be true or false, not '" + builtIn + "'");
    }
  }

  /** "bad setting rosetta.max-input-bytes=20MB: expected a long value, got "20MB"": SmallRye's reason, without its codes. */
  private static String problems(ConfigValidationException e) {
    List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < e.getProblemCount(); i++) {
      String message = e.getProblem(i).getMessage();
      Matcher setting = SETTING.matcher(message);
      String[] reasons = message.split("SRCFG\\d+: ");
      String reason = reasons[reasons.length - 1].strip();
      reason = reason.isEmpty() ? reason : Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
      out.add(setting.find() ? setting.group(1) + "=" + setting.group(2) + ": " + reason : reason);
    }
    return "bad setting " + String.join("; ", out);
  }
}
