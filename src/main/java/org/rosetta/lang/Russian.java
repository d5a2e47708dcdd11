package org.rosetta.lang;

import java.util.List;
import org.rosetta.text.Lang;
import org.tartarus.snowball.ext.RussianStemmer;

/** Russian: Snowball stems, ё read as е. */
public final class Russian implements Language {
  static final Russian INSTANCE = new Russian();
  private final SnowballKeys keys = new SnowballKeys(Lang.RU.locale(), RussianStemmer::new);

  private Russian() {}

  @Override
  public Lang lang() {
    return Lang.RU;
  }

  @Override
  public List<String> lexicalKeys(String text) {
    return keys.keys(text);
  }
}
