package org.rosetta.detect;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import it.unimi.dsi.fastutil.objects.Object2FloatMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Locale;

/**
 * Puts Lingua's models into Lingua as {@link NgramTable}s, read from the model files in Lingua's
 * jar, before Lingua would load them itself: Lingua keeps its models in static maps that it fills
 * only for a language they do not hold yet, so a detector built afterwards reads ours, with the
 * same frequencies (each n-gram's fraction as Lingua computes it, {@code numerator / denominator}
 * in {@code float}). {@code CompactModelsTest} asserts that detectors give the very same
 * confidence values either way, so a Lingua that stores its models differently fails the build
 * instead of detecting otherwise.
 *
 * <p>Reading the files ourselves also makes no string for an n-gram: the service's models take a
 * quarter of the memory and load in less time.
 */
final class CompactModels {
  /** The fractions are the field names, thousands of them used once: not worth interning. */
  private static final JsonFactory JSON =
      JsonFactory.builder().disable(JsonFactory.Feature.INTERN_FIELD_NAMES).disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES).build();

  /** Lingua's model files by n-gram length, as its models are named in its jar. */
  enum Kind {
    UNIGRAMS,
    BIGRAMS,
    TRIGRAMS,
    QUADRIGRAMS,
    FIVEGRAMS;

    EnumMap<Language, Object2FloatMap<String>> linguasModels() {
      LanguageDetector.Companion lingua = LanguageDetector.Companion;
      return switch (this) {
        case UNIGRAMS -> lingua.getUnigramLanguageModels$lingua();
        case BIGRAMS -> lingua.getBigramLanguageModels$lingua();
        case TRIGRAMS -> lingua.getTrigramLanguageModels$lingua();
        case QUADRIGRAMS -> lingua.getQuadrigramLanguageModels$lingua();
        case FIVEGRAMS -> lingua.getFivegramLanguageModels$lingua();
      };
    }

    String resource(Language language) {
      return "/language-models/" + language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT) + "/" + name().toLowerCase(Locale.ROOT) + ".json";
    }
  }

  private CompactModels() {}

  /**
   * Installs each language's models of the given kinds that Lingua does not hold yet. A model
   * that cannot be packed (more characters than {@link NgramAlphabet} numbers) is left for
   * Lingua to load in its own form.
   */
  static synchronized void install(Collection<Language> languages, Collection<Kind> kinds) {
    for (Kind kind : kinds) {
      EnumMap<Language, Object2FloatMap<String>> installed = kind.linguasModels();
      for (Language language : languages) {
        if (!installed.containsKey(language)) {
          NgramTable table = read(language, kind);
          if (table != null) {
            installed.put(language, table);
          }
        }
      }
    }
  }

  /**
   * One model as a table, from the packed copy the build made of it ({@link PackedModels}) or
   * else from Lingua's file; null when one of its n-grams cannot be packed.
   */
  static NgramTable read(Language language, Kind kind) {
    NgramTable packed = PackedModels.read(language, kind);
    return packed != null ? packed : readLinguasFile(language, kind);
  }

  /** One model as a table from Lingua's file, or null when one of its n-grams cannot be packed. */
  static NgramTable readLinguasFile(Language language, Kind kind) {
    NgramTable.Builder table = new NgramTable.Builder();
    return readLinguasFile(language, kind, table::add) ? table.build() : null;
  }

  /** What reading a model file does with each of its n-grams; false stops the reading. */
  @FunctionalInterface
  interface NgramSink {
    boolean accept(String text, int start, int end, float frequency);
  }

  /**
   * Gives every n-gram of one of Lingua's model files, with its frequency, to {@code sink};
   * false when the sink stopped it.
   */
  static boolean readLinguasFile(Language language, Kind kind, NgramSink sink) {
    String resource = kind.resource(language);
    try (InputStream in = LanguageDetector.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Lingua's jar holds no model " + resource);
      }
      try (JsonParser parser = JSON.createParser(in)) {
        return read(parser, resource, sink);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Lingua's model " + resource, e);
    }
  }

  /** {@code {"language": "ENGLISH", "ngrams": {"1/103267": "zł zà zæ", ...}}}: n-grams by fraction. */
  private static boolean read(JsonParser parser, String resource, NgramSink sink) throws IOException {
    expect(parser.nextToken(), JsonToken.START_OBJECT, resource);
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      if (!"ngrams".equals(field)) {
        parser.skipChildren();
        continue;
      }
      expect(value, JsonToken.START_OBJECT, resource);
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        float frequency = fraction(parser.currentName(), resource);
        expect(parser.nextToken(), JsonToken.VALUE_STRING, resource);
        String ngrams = parser.getText();
        for (int start = 0; start < ngrams.length(); ) {
          int end = ngrams.indexOf(' ', start);
          if (end < 0) {
            end = ngrams.length();
          }
          if (end > start && !sink.accept(ngrams, start, end, frequency)) {
            return false;
          }
          start = end + 1;
        }
      }
    }
    return true;
  }

  /** Lingua's own arithmetic, so that each frequency is the very float Lingua would hold. */
  private static float fraction(String fraction, String resource) {
    int slash = fraction.indexOf('/');
    if (slash < 0) {
      throw new IllegalStateException("Lingua's model " + resource + " has a frequency that is not a fraction: " + fraction);
    }
    return Float.parseFloat(fraction.substring(0, slash)) / (float) Integer.parseInt(fraction.substring(slash + 1));
  }

  private static void expect(JsonToken found, JsonToken expected, String resource) {
    if (found != expected) {
      throw new IllegalStateException("Lingua's model " + resource + " is not in the form expected: " + found + " where " + expected + " belongs");
    }
  }
}
