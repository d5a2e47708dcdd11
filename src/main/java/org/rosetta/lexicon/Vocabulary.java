package org.rosetta.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Words of one language as dense ids; id 0 is the empty word (NULL) that Model 1 aligns untranslated words to. */
public final class Vocabulary {
  public static final int NULL = 0;
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> words = new ArrayList<>();

  Vocabulary() {
    words.add("");
  }

  int add(String word) {
    return ids.computeIfAbsent(word, w -> {
      words.add(w);
      return words.size() - 1;
    });
  }

  /** The word's id, or -1 when the memory never had it. */
  public int id(String word) {
    Integer id = ids.get(word);
    return id == null ? -1 : id;
  }

  public String word(int id) {
    return words.get(id);
  }

  /** Number of ids, NULL included. */
  public int size() {
    return words.size();
  }

  List<String> words() {
    return words;
  }

  static Vocabulary of(List<String> words) {
    Vocabulary v = new Vocabulary();
    for (int i = 1; i < words.size(); i++) {
      v.add(words.get(i));
    }
    return v;
  }
}
