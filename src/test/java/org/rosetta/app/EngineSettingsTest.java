package org.rosetta.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rosetta.text.Refusal;

class EngineSettingsTest {
  private static EngineSettings from(Map<String, String> given) {
    return EngineSettings.from(name -> Optional.ofNullable(given.get(name)));
  }

  @Test
  void theCommandLineHasTheServicesDefaults() {
    EngineSettings settings = from(Map.of());

    assertThat(settings.detectLanguages()).containsExactly("en", "ru", "he", "uk", "be", "bg", "fr", "de");
    assertThat(settings.cache()).isEmpty();
    assertThat(settings.maxInputBytes()).isEqualTo(20L * 1024 * 1024);
    assertThat(settings.builtInLexicon()).isTrue();
  }

  @Test
  void settingsAreReadByTheServicesNames() {
    EngineSettings settings =
        from(
            Map.of(
                "rosetta.detect-languages", "en, ru,he", "rosetta.cache", "/tmp/lexicons", "rosetta.max-input-bytes", "1000", "rosetta.builtin-lexicon", "false"));

    assertThat(settings).isEqualTo(new EngineSettings(List.of("en", "ru", "he"), Optional.of(Path.of("/tmp/lexicons")), 1000, false));
    assertThat(EngineSettings.environmentName("rosetta.max-input-bytes")).isEqualTo("ROSETTA_MAX_INPUT_BYTES");
  }

  @Test
  void aBadLimitIsNamed() {
    assertThatThrownBy(() -> from(Map.of("rosetta.max-input-bytes", "20MB")))
        .isInstanceOf(Refusal.class)
        .hasMessage("rosetta.max-input-bytes must be a number of bytes, not '20MB'");
    assertThatThrownBy(() -> from(Map.of("rosetta.max-input-bytes", "0"))).hasMessage("rosetta.max-input-bytes must be at least 1, not 0");
    assertThatThrownBy(() -> from(Map.of("rosetta.builtin-lexicon", "yes"))).hasMessage("rosetta.builtin-lexicon must be true or false, not 'yes'");
  }
}
