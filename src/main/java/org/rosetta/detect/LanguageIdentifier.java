package org.rosetta.detect;

import org.rosetta.text.Refusal;
import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rosetta.text.RecentResults;

/**
 * Tells the language of a segment with one preloaded Lingua detector, restricted to the
 * document languages and their usual confusables. Lingua answers with full confidence even for a
 * lone name ("Netanyahu" → English), so segments with too few letters are undetermined unless
 * their script settles it (Hebrew letters can only be Hebrew among the candidates).
 *
 * <p>Thread-safe; building it loads the models (about a second and 300 MB), so build one per
 * process.
 */
public final class LanguageIdentifier {
  /**
   * Document languages plus confusables: Ukrainian, Belarusian, Bulgarian for Russian; French,
   * German for English. Lingua 1.2.2 has no Yiddish model, so nothing is confused with Hebrew.
   */
  public static final List<String> DEFAULT_CANDIDATES = List.of("en", "ru", "he", "uk", "be", "bg", "fr", "de");

  /** Fewer letters than this and the segment is undetermined (unless its script decides). */
  public static final int MIN_LETTERS = 12;

  /** Fewer words than this and the segment is undetermined (unless its script decides). */
  public static final int MIN_WORDS = 3;

  private static final java.util.regex.Pattern ADDRESS =
      java.util.regex.Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+|\\S+@\\S+\\.\\w+");

  /** Segments whose detection is remembered: a few statements' worth, a few MB. */
  private static final int REMEMBERED = 20_000;

  private final LanguageDetector detector;
  private final Set<String> candidates;
  private final RecentResults<String, Detection> recent;

  public LanguageIdentifier(List<String> isoCodes) {
    if (isoCodes == null || isoCodes.size() < 2) {
      throw new IllegalArgumentException("language detection needs at least two candidate languages");
    }
    Set<String> codes = new LinkedHashSet<>();
    List<Language> languages = new ArrayList<>();
    for (String code : isoCodes) {
      String normalized = code.trim().toLowerCase(Locale.ROOT);
      languages.add(toLingua(normalized));
      codes.add(normalized);
    }
    this.candidates = Set.copyOf(codes);
    this.detector =
        LanguageDetectorBuilder.fromLanguages(languages.toArray(Language[]::new))
            .withPreloadedLanguageModels()
            .build();
    this.recent = new RecentResults<>(REMEMBERED);
  }

  private LanguageIdentifier(LanguageDetector detector, Set<String> candidates, RecentResults<String, Detection> recent) {
    this.detector = detector;
    this.candidates = candidates;
    this.recent = recent;
  }

  /** The same detector without the memory of recent segments: what a benchmark must time. */
  public LanguageIdentifier forgetful() {
    return new LanguageIdentifier(detector, candidates, null);
  }

  public LanguageIdentifier() {
    this(DEFAULT_CANDIDATES);
  }

  public Set<String> candidates() {
    return candidates;
  }

  public Detection detect(String segment) {
    return recent == null ? identify(segment) : recent.get(segment, this::identify);
  }

  private Detection identify(String segment) {
    // Addresses are Latin letters in any language: "Источник: https://www.gov.il/..." is Russian.
    String text = ADDRESS.matcher(segment).replaceAll(" ");
    LetterStats stats = LetterStats.of(text);
    if (stats.letters() == 0) {
      return Detection.UNDETERMINED;
    }
    if (stats.hebrewShare() > 0.9 && candidates.contains("he")) {
      return new Detection("he", 1.0, Detection.UNDETERMINED_CODE);
    }
    if (stats.letters() < MIN_LETTERS || stats.words() < MIN_WORDS) {
      return Detection.UNDETERMINED;
    }
    Map<Language, Double> values = detector.computeLanguageConfidenceValues(text);
    Iterator<Map.Entry<Language, Double>> ranked = values.entrySet().iterator();
    if (!ranked.hasNext()) {
      return Detection.UNDETERMINED;
    }
    Map.Entry<Language, Double> best = ranked.next();
    String second = ranked.hasNext() ? code(ranked.next().getKey()) : Detection.UNDETERMINED_CODE;
    return new Detection(code(best.getKey()), best.getValue(), second);
  }

  private static String code(Language language) {
    return language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
  }

  private static Language toLingua(String code) {
    IsoCode639_1 iso;
    try {
      iso = IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new Refusal("'" + code + "' is not an ISO 639-1 language code", e);
    }
    for (Language language : Language.values()) {
      if (language.getIsoCode639_1() == iso) {
        return language;
      }
    }
    throw new Refusal("language '" + code + "' is not supported by the language detector");
  }
}
