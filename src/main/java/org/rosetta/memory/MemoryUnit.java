package org.rosetta.memory;

import java.io.Serializable;
import java.util.Map;
import org.rosetta.text.Lang;

/** One translation unit of a memory: the English text and its Russian and/or Hebrew renderings. */
public record MemoryUnit(Map<Lang, String> texts) implements Serializable {
  public MemoryUnit {
    if (!texts.containsKey(Lang.EN)) {
      throw new IllegalArgumentException("a memory unit needs its English text");
    }
    texts = Lang.ordered(texts);
  }

  public static MemoryUnit of(String en, Lang lang, String translation) {
    return new MemoryUnit(Map.of(Lang.EN, en, lang, translation));
  }
}
