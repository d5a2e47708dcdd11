package org.rosetta.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.rosetta.text.Refusal;

class EngineSettingsTest {
  private static EngineSettings from(Map<String, String> given) {
    return EngineSettings.from(given);
  }

  @Test
  void theCommandLineHasTheServicesDefaults() {
    EngineSettings settings = from(Map.of());

    assertThat(settings.detectLanguages()).containsExactly("en", "ru", "he", "uk", "be", "bg", "fr", "de");
    assertThat(settings.cache()).isEmpty();
    assertThat(settings.maxInputBytes()).isEqualTo(20L * 1024 * 1024);
    assertThat(settings.builtInLexicon()).isTrue();
    assertThat(settings.engineThreads()).isEmpty();
  }

  @Test
  void settingsAreReadByTheServicesNames() {
    EngineSettings settings =
        from(
            Map.of(
                "rosetta.detect-languages", "en, ru,he", "rosetta.cache", "/tmp/lexicons", "rosetta.max-input-bytes", "1000", "rosetta.builtin-lexicon", "false",
                "rosetta.engine-threads", "3"));

    assertThat(settings).isEqualTo(new EngineSettings(List.of("en", "ru", "he"), Optional.of(Path.of("/tmp/lexicons")), 1000, false, OptionalInt.of(3)));
  }

  @Test
  void aBadLimitIsNamed() {
    assertThatThrownBy(() -> from(Map.of("rosetta.max-input-bytes", "20MB")))
        .isInstanceOf(Refusal.class)
        .hasMessage("bad setting rosetta.max-input-bytes=20MB: expected a long value, got \"20MB\"");
    assertThatThrownBy(() -> from(Map.of("rosetta.max-input-bytes", "0"))).isInstanceOf(Refusal.class).hasMessage("rosetta.max-input-bytes must be at least 1, not 0");
    assertThatThrownBy(() -> from(Map.of("rosetta.engine-threads", "0"))).isInstanceOf(Refusal.class).hasMessage("rosetta.engine-threads must be at least 1, not 0");
    assertThatThrownBy(() -> from(Map.of("rosetta.builtin-lexicon", "ture"))).isInstanceOf(Refusal.class).hasMessage("rosetta.builtin-lexicon must be true or false, not 'ture'");
  }

  @Test
  void theCommandLineReadsTheServicesConfigurationOnlyThroughSmallRyeConfig() {
    // The service's own keys that the engine does not use are read, and do not disturb it.
    assertThat(from(Map.of("rosetta.archive.min-score", "0.8", "rosetta.sign-in.github.label", "GitHub", "rosetta.builtin-lexicon", "false")).builtInLexicon()).isFalse();
    // and so are those it reads without the mapping (the scorecard's weights, sessions), given to every command in ROSETTA_JAVA_OPTS.
    assertThat(from(Map.of("rosetta.mqm.major", "4", "rosetta.session.max-lifetime", "PT8H", "rosetta.builtin-lexicon", "FALSE")).builtInLexicon()).isFalse();
  }
}
