package org.rosetta.detect;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.rosetta.cache.RecentResults;
import org.rosetta.text.Refusal;

/**
 * Tells the language of a segment among the document languages and their usual confusables, as a
 * cascade that spends Lingua's full models only where cheaper evidence leaves the answer open:
 *
 * <ol>
 *   <li>the script: a script written by one candidate only (Hebrew) decides, even for a lone name;
 *   <li>too few letters or words, and the segment is undetermined: Lingua answers with full
 *       confidence even for "Netanyahu" (English);
 *   <li>letters: when the segment's letters fit one candidate's alphabet only ("ы" and "и" fit
 *       Russian alone among Russian, Ukrainian, Belarusian and Bulgarian), and that is the file's
 *       language, it is the answer;
 *   <li>words: two function words of the file's language that no confusable writes ("the" and
 *       "which", "что" and "когда", {@link ConfirmingWords}) confirm it;
 *   <li>Lingua on trigrams (its low-accuracy mode, a fifth of the models): the answer for segments
 *       of 120 characters and more, where Lingua reads trigrams only in either mode, and for any
 *       segment it finds in the file's language;
 *   <li>Lingua on all its models, for short segments the trigrams place in another language.
 * </ol>
 *
 * Models are loaded per script on first use (a Russian file with no Latin sentence never loads
 * the German model), or all at once by {@link #loadAllModels()} for a service. On the 137
 * development chapters this cascade raised 35 false "language.unexpected" findings where Lingua's
 * full models alone raised 87, and still finds all 45 confusable sentences of the tests.
 *
 * <p>Thread-safe.
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

  /** From this length of cleaned-up text Lingua reads trigrams only, in either mode. */
  static final int TRIGRAMS_ONLY_LENGTH = 120;

  /** A script's share of a segment's letters from which a one-language script decides alone. */
  private static final double DECIDING_SHARE = 0.9;

  /**
   * The confidence in a short segment's file language when Lingua prefers a confusable that the
   * segment shows no letter or word of ({@link ForeignEvidence}): as likely as not.
   */
  private static final double UNPROVEN_CONFUSABLE = 0.5;

  private static final Pattern ADDRESS = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+|\\S+@\\S+\\.\\w+");
  private static final Pattern PUNCTUATION_OR_NUMBER = Pattern.compile("[\\p{P}\\p{N}]");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** Segments whose detection is remembered: a few statements' worth, a few MB. */
  private static final int REMEMBERED = 20_000;

  private final Set<String> candidates;
  /** The candidates written in each script (ICU script code), with their detectors. */
  private final Map<Integer, List<String>> writtenIn;
  private final Map<Integer, ScriptModels> models;
  private final RecentResults<String, Detection> recent;
  private final AtomicBoolean warming;

  public LanguageIdentifier(List<String> isoCodes) {
    if (isoCodes == null || isoCodes.size() < 2) {
      throw new Refusal("language detection needs at least two candidate languages (rosetta.detect-languages)");
    }
    Map<String, Language> languages = new LinkedHashMap<>();
    for (String code : isoCodes) {
      String normalized = code.trim().toLowerCase(Locale.ROOT);
      languages.put(normalized, toLingua(normalized));
    }
    this.candidates = Set.copyOf(languages.keySet());
    Map<Integer, List<String>> byScript = new HashMap<>();
    languages.keySet().forEach(code -> byScript.computeIfAbsent(scriptOf(code), k -> new ArrayList<>()).add(code));
    this.writtenIn = Map.copyOf(byScript);
    Map<Integer, ScriptModels> detectors = new HashMap<>();
    byScript.forEach(
        (script, codes) -> {
          if (codes.size() > 1) {
            detectors.put(script, new ScriptModels(codes.stream().map(languages::get).toList()));
          }
        });
    this.models = Map.copyOf(detectors);
    this.recent = new RecentResults<>(REMEMBERED);
    this.warming = new AtomicBoolean();
  }

  private LanguageIdentifier(LanguageIdentifier of, RecentResults<String, Detection> recent) {
    this.candidates = of.candidates;
    this.writtenIn = of.writtenIn;
    this.models = of.models;
    this.recent = recent;
    this.warming = of.warming;
  }

  public LanguageIdentifier() {
    this(DEFAULT_CANDIDATES);
  }

  /** The same detector without the memory of recent segments: what a benchmark must time. */
  public LanguageIdentifier forgetful() {
    return new LanguageIdentifier(this, null);
  }

  /**
   * Starts loading the trigram models on another thread, once: a command line reads and segments
   * its files meanwhile, and its first detection finds them loaded or nearly.
   */
  public void loadQuickModelsInBackground() {
    if (warming.compareAndSet(false, true)) {
      Thread loader = new Thread(this::loadQuickModels, "language-models");
      loader.setDaemon(true);
      loader.start();
    }
  }

  /** Loads the trigram models now: what nearly every segment needs (a fifth of all models). */
  public void loadQuickModels() {
    models.values().forEach(ScriptModels::quick);
  }

  /** Loads every model now (about half a second and 45 MB, packed), so that no check waits for one later. */
  public void loadAllModels() {
    models.values().forEach(m -> {
      m.quick();
      m.thorough();
    });
  }

  /** The languages whose models this detector reads: those written in a script another candidate writes too. */
  List<Language> modelLanguages() {
    return models.values().stream().flatMap(m -> m.languages().stream()).sorted().toList();
  }

  public Set<String> candidates() {
    return candidates;
  }

  /** The segment's language, with no file language to favour. */
  public Detection detect(String segment) {
    return detect(segment, null);
  }

  /**
   * The segment's language; {@code fileLanguage} (ISO 639-1, or null) is the language its file
   * is in, which cheap evidence may confirm but never contradict alone.
   */
  public Detection detect(String segment, String fileLanguage) {
    if (recent == null) {
      return identify(segment, fileLanguage);
    }
    return recent.get(fileLanguage + "\u0000" + segment, key -> identify(segment, fileLanguage));
  }

  private Detection identify(String segment, String fileLanguage) {
    // Addresses are Latin letters in any language: "Источник: https://www.gov.il/..." is Russian.
    String text = ADDRESS.matcher(segment).replaceAll(" ");
    LetterStats stats = LetterStats.of(text);
    if (stats.letters() == 0) {
      return Detection.UNDETERMINED;
    }
    List<String> written = writtenIn.getOrDefault(stats.script(), List.of());
    if (written.isEmpty()) {
      return Detection.UNDETERMINED;
    }
    if (written.size() == 1 && stats.scriptShare() > DECIDING_SHARE) {
      return certain(written.get(0));
    }
    if (stats.letters() < MIN_LETTERS || stats.words() < MIN_WORDS) {
      return Detection.UNDETERMINED;
    }
    if (written.size() == 1) {
      return certain(written.get(0));
    }
    String byLetters = onlyAlphabetHolding(written, stats.scriptLetters());
    if (byLetters != null && (fileLanguage == null || byLetters.equals(fileLanguage))) {
      return certain(byLetters);
    }
    if (fileLanguage != null && written.contains(fileLanguage) && ConfirmingWords.confirm(fileLanguage, text)) {
      return certain(fileLanguage);
    }
    ScriptModels script = models.get(stats.script());
    Detection quick = lingua(script.quick(), text);
    if (cleanedLength(text) >= TRIGRAMS_ONLY_LENGTH || quick.language().equals(fileLanguage)) {
      return quick;
    }
    Detection thorough = lingua(script.thorough(), text);
    if (fileLanguage != null
        && written.contains(fileLanguage)
        && !thorough.language().equals(fileLanguage)
        && !ForeignEvidence.shows(thorough.language(), fileLanguage, text)
        && ForeignEvidence.fileLanguageWordsHold(fileLanguage, text)) {
      return new Detection(fileLanguage, UNPROVEN_CONFUSABLE, thorough.language());
    }
    return thorough;
  }

  private static Detection certain(String language) {
    return new Detection(language, 1.0, Detection.UNDETERMINED_CODE);
  }

  /** The one candidate whose alphabet holds every letter, or null when none or several do or an alphabet is unknown. */
  private static String onlyAlphabetHolding(List<String> written, String letters) {
    String only = null;
    for (String code : written) {
      Optional<String> alphabet = Alphabets.of(code);
      if (alphabet.isEmpty()) {
        return null;
      }
      if (Alphabets.holds(alphabet.get(), letters)) {
        if (only != null) {
          return null;
        }
        only = code;
      }
    }
    return only;
  }

  private static Detection lingua(LanguageDetector detector, String text) {
    Iterator<Map.Entry<Language, Double>> ranked = detector.computeLanguageConfidenceValues(text).entrySet().iterator();
    if (!ranked.hasNext()) {
      return Detection.UNDETERMINED;
    }
    Map.Entry<Language, Double> best = ranked.next();
    String second = ranked.hasNext() ? code(ranked.next().getKey()) : Detection.UNDETERMINED_CODE;
    return new Detection(code(best.getKey()), best.getValue(), second);
  }

  /** The length Lingua measures: lower case, without punctuation and digits, spaces collapsed. */
  static int cleanedLength(String text) {
    return WHITESPACE.matcher(PUNCTUATION_OR_NUMBER.matcher(text.trim()).replaceAll("")).replaceAll(" ").length();
  }

  private static int scriptOf(String code) {
    int[] scripts = UScript.getCode(code);
    if (scripts == null || scripts.length == 0) {
      throw new Refusal("no script is known for language '" + code + "'");
    }
    return scripts[0];
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
