package org.rosetta.lang;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.tartarus.snowball.SnowballStemmer;

/** Lexical keys by Lucene's Snowball stemmers, for the languages that inflect by endings. */
final class SnowballKeys {
  private final Locale locale;
  private final ThreadLocal<SnowballStemmer> stemmer;

  SnowballKeys(Locale locale, Supplier<SnowballStemmer> stemmer) {
    this.locale = locale;
    this.stemmer = ThreadLocal.withInitial(stemmer);
  }

  /** The word in NFC and lower case, with ё read as е as Russian print mostly does. */
  String normal(String word) {
    return Normalizer.normalize(word, Normalizer.Form.NFC).toLowerCase(locale).replace('ё', 'е').replace('\u2019', '\'');
  }

  List<String> keys(String text) {
    List<String> out = new ArrayList<>();
    SnowballStemmer s = stemmer.get();
    for (Token token : WordTokenizer.tokenize(text)) {
      String word = normal(token.surface());
      if (!Character.isLetter(word.codePointAt(0))) {
        continue;
      }
      s.setCurrent(word);
      s.stem();
      out.add(s.getCurrent());
    }
    return out;
  }
}
