package org.rosetta.terminology;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * English words compared by their Snowball (Porter 2) stems, after NFC and lower case: "Presidents"
 * and "president" meet at "presid". Snowball cuts some words short, so a text word also matches a
 * term word it extends by a plural or possessive ending.
 */
final class SnowballForms implements WordForms {
  /** Marks a key that is the dictionary form itself. */
  private static final String WORD = "~";

  private static final List<String> ENDINGS = List.of("s", "es", "'s");

  private final ThreadLocal<SnowballStemmer> stemmer = ThreadLocal.withInitial(EnglishStemmer::new);

  private String normal(String word) {
    return Normalizer.normalize(word, Normalizer.Form.NFC).toLowerCase(Locale.ENGLISH).replace('\u2019', '\'');
  }

  private String stem(String word) {
    SnowballStemmer s = stemmer.get();
    s.setCurrent(normal(word));
    s.stem();
    return s.getCurrent();
  }

  @Override
  public Set<String> termKeys(String word) {
    return Set.of(stem(word), WORD + normal(word));
  }

  @Override
  public Set<String> textKeys(String word) {
    Set<String> keys = new HashSet<>();
    String normal = normal(word);
    keys.add(stem(word));
    keys.add(WORD + normal);
    for (String ending : ENDINGS) {
      if (normal.endsWith(ending) && normal.length() - ending.length() >= 3) {
        keys.add(WORD + normal.substring(0, normal.length() - ending.length()));
      }
    }
    return keys;
  }
}
