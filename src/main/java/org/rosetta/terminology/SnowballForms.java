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
  private final Locale locale;
  private final ThreadLocal<SnowballStemmer> stemmer;

  private SnowballForms(Locale locale, Supplier<SnowballStemmer> stemmer) {
    this.locale = locale;
    this.stemmer = ThreadLocal.withInitial(stemmer);
  }

  static SnowballForms english() {
    return new SnowballForms(Locale.ENGLISH, EnglishStemmer::new);
  }

  static SnowballForms russian() {
    return new SnowballForms(Locale.forLanguageTag("ru"), RussianStemmer::new);
  }

  @Override
  public Set<String> termKeys(String word) {
    return Set.of(stem(word));
  }

  private String stem(String word) {
    String normal =
        Normalizer.normalize(word, Normalizer.Form.NFC)
            .toLowerCase(locale)
            .replace('ё', 'е')
            .replace('\u2019', '\'');
    SnowballStemmer s = stemmer.get();
    s.setCurrent(normal);
    s.stem();
    return s.getCurrent();
  }

  @Override
  public Set<String> textKeys(String word) {
    return Set.of(stem(word));
  }
}
