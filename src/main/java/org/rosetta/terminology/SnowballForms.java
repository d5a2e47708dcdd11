package org.rosetta.terminology;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * English and Russian words compared by their Snowball stems (Lucene's), after NFC, lower case in
 * the language's locale, and for Russian ё → е: "Путиным" and "Путин" meet at "путин".
 */
final class SnowballForms implements WordForms {
  private static final java.util.List<String> VERB_SUFFIXES = java.util.List.of("ова", "ева");

  /**
   * Marks a key that is the dictionary form itself. Snowball cuts some words short ("ислам" →
   * "исл", "исламом" → "ислам"), so a text word also matches a term word it extends by an
   * inflection ending.
   */
  private static final String WORD = "~";

  private static final java.util.List<String> RUSSIAN_ENDINGS =
      java.util.List.of("ами", "ями", "ом", "ем", "ам", "ям", "ах", "ях", "ов", "ев", "ей", "ой", "а", "я", "у", "ю", "е", "ы", "и");

  private final Locale locale;
  private final java.util.List<String> endings;
  private final ThreadLocal<SnowballStemmer> stemmer;

  private SnowballForms(Locale locale, Supplier<SnowballStemmer> stemmer, java.util.List<String> endings) {
    this.locale = locale;
    this.endings = endings;
    this.stemmer = ThreadLocal.withInitial(stemmer);
  }

  static SnowballForms english() {
    return new SnowballForms(Locale.ENGLISH, EnglishStemmer::new, java.util.List.of("s", "es", "'s"));
  }

  static SnowballForms russian() {
    return new SnowballForms(Locale.forLanguageTag("ru"), RussianStemmer::new, RUSSIAN_ENDINGS);
  }

  @Override
  public Set<String> termKeys(String word) {
    Set<String> keys = new java.util.HashSet<>(keys(word));
    keys.add(WORD + normal(word));
    return keys;
  }

  private String normal(String word) {
    return Normalizer.normalize(word, Normalizer.Form.NFC)
        .toLowerCase(locale)
        .replace('ё', 'е')
        .replace('\u2019', '\'');
  }

  private String stem(String word) {
    SnowballStemmer s = stemmer.get();
    s.setCurrent(normal(word));
    s.stem();
    return s.getCurrent();
  }

  @Override
  public Set<String> textKeys(String word) {
    Set<String> keys = new java.util.HashSet<>(keys(word));
    String normal = normal(word);
    keys.add(WORD + normal);
    for (String ending : endings) {
      if (normal.endsWith(ending) && normal.length() - ending.length() >= 3) {
        keys.add(WORD + normal.substring(0, normal.length() - ending.length()));
      }
    }
    return keys;
  }

  /**
   * The stem, and for Russian verbs in -овать/-евать also the present-tense stem, which Snowball
   * leaves apart: "координировать" → "координирова", "координируют" → "координир".
   */
  private Set<String> keys(String word) {
    String stem = stem(word);
    for (String suffix : VERB_SUFFIXES) {
      if (stem.endsWith(suffix) && stem.length() - suffix.length() >= 4) {
        return Set.of(stem, stem.substring(0, stem.length() - suffix.length()));
      }
    }
    return Set.of(stem);
  }
}
