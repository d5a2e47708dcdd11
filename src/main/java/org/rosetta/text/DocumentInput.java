package org.rosetta.text;

import java.util.Map;
import java.util.Optional;

/** What the engine is asked to check: an English text and the translations that exist. */
public record DocumentInput(String name, Map<Lang, SourceText> texts) {
  public DocumentInput {
    if (name == null || name.isBlank()) {
      throw new Refusal("a document needs a name");
    }
    if (!texts.containsKey(Lang.EN)) {
      throw new Refusal("document '" + name + "' has no English text");
    }
    texts = Lang.ordered(texts);
  }

  public SourceText english() {
    return texts.get(Lang.EN);
  }

  public Optional<SourceText> text(Lang lang) {
    return Optional.ofNullable(texts.get(lang));
  }
}
