package org.rosetta.detect;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import com.github.pemistahl.lingua.internal.TrainingDataLanguageModel;
import it.unimi.dsi.fastutil.objects.Object2FloatMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.rosetta.detect.CompactModels.Kind;

/**
 * Our packed models (those the build packed, and those read from Lingua's files) must be
 * Lingua's models, n-gram for n-gram and float for float, and Lingua
 * must read them only as it reads its own: a Lingua that stores or reads its models differently
 * fails here, not in a user's findings.
 */
class CompactModelsTest {
  private static final List<Language> LATIN_AND_CYRILLIC =
      List.of(Language.ENGLISH, Language.FRENCH, Language.GERMAN, Language.RUSSIAN, Language.UKRAINIAN, Language.BELARUSIAN, Language.BULGARIAN);

  @Test
  void everyModelOfTheDefaultCandidatesHoldsLinguasFrequencies() throws IOException {
    int ngrams = 0;
    for (Language language : LATIN_AND_CYRILLIC) {
      for (Kind kind : Kind.values()) {
        NgramTable packed = PackedModels.read(language, kind);
        assertThat(packed).as("packed by the build: " + PackedModels.resource(language, kind)).isNotNull();
        assertSameModel(packed, linguasOwn(language, kind), kind.resource(language));
        ngrams += packed.size();
      }
    }
    assertThat(ngrams).isGreaterThan(2_600_000);
  }

  @Test
  void aLanguageBeyondTheDefaultsIsReadFromLinguasFile() throws IOException {
    assertThat(PackedModels.read(Language.SPANISH, Kind.TRIGRAMS)).isNull();
    for (Kind kind : List.of(Kind.UNIGRAMS, Kind.TRIGRAMS)) {
      assertSameModel(CompactModels.read(Language.SPANISH, kind), linguasOwn(Language.SPANISH, kind), kind.resource(Language.SPANISH));
    }
  }

  private static void assertSameModel(NgramTable ours, Object2FloatMap<String> linguas, String name) {
    assertThat(ours).as(name).isNotNull();
    assertThat(ours.size()).as(name).isEqualTo(linguas.keySet().stream().filter(k -> !k.isEmpty()).count());
    for (Object2FloatMap.Entry<String> entry : linguas.object2FloatEntrySet()) {
      if (!entry.getKey().isEmpty()) {
        assertThat(ours.getFloat(entry.getKey())).as(entry.getKey()).isEqualTo(entry.getFloatValue());
        assertThat(ours.containsKey(entry.getKey())).isTrue();
      }
    }
  }

  @Test
  void anNgramNoModelHoldsIsZeroAsInLingua() {
    NgramTable english = CompactModels.read(Language.ENGLISH, Kind.TRIGRAMS);
    assertThat(english.getFloat("the")).isPositive();
    assertThat(english.getFloat("ъъъ")).isZero();
    assertThat(english.getFloat("ж中x")).isZero();
    assertThat(english.getFloat("toolong")).isZero();
    assertThat(english.containsKey("ъъъ")).isFalse();
    assertThat(english.object2FloatEntrySet()).hasSize(english.size()).anyMatch(e -> e.getKey().equals("the"));
  }

  @Test
  void linguaGivesTheSameConfidenceValuesWithEitherModels() throws IOException {
    List<String> sentences = new ArrayList<>();
    try (InputStream in = getClass().getResourceAsStream("/detect/confusables.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        sentences.add(line.substring(line.lastIndexOf('\t') + 1));
      }
    }
    sentences.add("We are satisfied with the progress of bilateral relations.");
    sentences.add("Мы удовлетворены развитием двусторонних отношений между нашими странами.");
    sentences.add("Bereshit");

    CompactModels.install(LATIN_AND_CYRILLIC, List.of(Kind.values()));
    LanguageDetector detector = LanguageDetectorBuilder.fromLanguages(LATIN_AND_CYRILLIC.toArray(Language[]::new)).build();
    List<SortedMap<Language, Double>> withOurs = sentences.stream().map(detector::computeLanguageConfidenceValues).toList();

    Map<Kind, EnumMap<Language, Object2FloatMap<String>>> ours = new EnumMap<>(Kind.class);
    try {
      for (Kind kind : Kind.values()) {
        ours.put(kind, new EnumMap<>(kind.linguasModels()));
        for (Language language : LATIN_AND_CYRILLIC) {
          kind.linguasModels().put(language, linguasOwn(language, kind));
        }
      }
      List<SortedMap<Language, Double>> withLinguas = sentences.stream().map(detector::computeLanguageConfidenceValues).toList();
      assertThat(withOurs).isEqualTo(withLinguas);
      assertThat(withOurs.get(0)).isNotEmpty();
    } finally {
      ours.forEach((kind, models) -> kind.linguasModels().putAll(models));
    }
  }

  private static Object2FloatMap<String> linguasOwn(Language language, Kind kind) throws IOException {
    try (InputStream in = LanguageDetector.class.getResourceAsStream(kind.resource(language))) {
      return TrainingDataLanguageModel.Companion.fromJson(in);
    }
  }
}
