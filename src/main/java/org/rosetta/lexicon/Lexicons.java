package org.rosetta.lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.rosetta.memory.MemoryUnit;
import org.rosetta.memory.TranslationMemory;
import org.rosetta.text.Lang;

/** The lexicons learned from a memory, one per language pair; {@link #NONE} when there is no memory. */
public final class Lexicons {
  public static final Lexicons NONE = new Lexicons(Map.of());

  /** The pairs learned: English with each translation, and Russian with Hebrew for the cross-check. */
  static final List<Lang[]> PAIRS = List.of(new Lang[] {Lang.EN, Lang.RU}, new Lang[] {Lang.EN, Lang.HE}, new Lang[] {Lang.RU, Lang.HE});

  private final Map<String, PairLexicon> pairs;
  private final Lexicons more;

  Lexicons(Map<String, PairLexicon> pairs) {
    this(pairs, null);
  }

  private Lexicons(Map<String, PairLexicon> pairs, Lexicons more) {
    this.pairs = Map.copyOf(pairs);
    this.more = more;
  }

  /** Learns every pair the memory has units for, the pairs on separate threads. */
  public static Lexicons learn(TranslationMemory memory) {
    return learn(memory.units());
  }

  public static Lexicons learn(Collection<MemoryUnit> units) {
    List<CompletableFuture<PairLexicon>> running = new ArrayList<>();
    for (Lang[] pair : PAIRS) {
      List<String[]> texts = new ArrayList<>();
      for (MemoryUnit unit : units) {
        String s = unit.texts().get(pair[0]);
        String t = unit.texts().get(pair[1]);
        if (s != null && t != null) {
          texts.add(new String[] {s, t});
        }
      }
      if (!texts.isEmpty()) {
        running.add(CompletableFuture.supplyAsync(() -> PairLexicon.learn(pair[0], pair[1], texts)));
      }
    }
    Map<String, PairLexicon> learned = new java.util.HashMap<>();
    for (CompletableFuture<PairLexicon> future : running) {
      PairLexicon lexicon = future.join();
      learned.put(key(lexicon.source(), lexicon.target()), lexicon);
    }
    return new Lexicons(learned);
  }

  /** The lexicons of a pair, in the direction given: the memory's, and what the batch taught. */
  public List<PairLexicon> pair(Lang source, Lang target) {
    List<PairLexicon> out = new ArrayList<>();
    Lexicons at = this;
    while (at != null) {
      PairLexicon p = at.pairs.get(key(source, target));
      if (p != null) {
        out.add(p);
      }
      at = at.more;
    }
    return out;
  }

  /** These lexicons, and others beside them (a batch's, beside the memory's): each is evidence of its own. */
  public Lexicons with(Lexicons others) {
    if (isEmpty()) {
      return others;
    }
    return new Lexicons(pairs, others);
  }

  public boolean isEmpty() {
    return pairs.isEmpty();
  }

  Collection<PairLexicon> all() {
    return pairs.values();
  }

  static String key(Lang source, Lang target) {
    return source.code() + "-" + target.code();
  }
}
