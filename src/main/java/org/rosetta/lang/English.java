package org.rosetta.lang;

import java.util.List;
import java.util.Locale;
import org.rosetta.text.Lang;
import org.tartarus.snowball.ext.EnglishStemmer;

/** English: Snowball (Porter 2) stems. */
public final class English implements Language {
  static final English INSTANCE = new English();
  private final SnowballKeys keys = new SnowballKeys(Locale.ENGLISH, EnglishStemmer::new);

  private English() {}

  @Override
  public Lang lang() {
    return Lang.EN;
  }

  @Override
  public List<String> lexicalKeys(String text) {
    return keys.keys(text);
  }
}
