package org.rosetta.lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import org.rosetta.lang.Language;
import org.rosetta.memory.MemoryUnit;
import org.rosetta.memory.TranslationMemory;
import org.rosetta.text.Lang;

/**
 * The lexicons learned from a memory, one per language pair, and others beside them (the
 * built-in lexicon, a batch's own); {@link #NONE} when there are none.
 */
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

  /** Learns every pair the memory has units for, pairs and directions on all cores. */
  public static Lexicons learn(TranslationMemory memory) {
    return learn(memory.units());
  }

  public static Lexicons learn(Collection<MemoryUnit> units) {
    return learn(units, false, ExpectationStep.HERE);
  }

  /**
   * Learns from a batch's own confident links ({@code batch.BatchLearning}): a lexicon that knows
   * the documents it aligns ({@link PairLexicon#selfTaught}).
   */
  public static Lexicons learnSelfTaught(Collection<MemoryUnit> units, ExpectationStep step) {
    return learn(units, true, step);
  }

  /**
   * @param selfTaught whether the units come from the documents to be aligned
   * @param step where Model 1's expected counts are summed
   */
  static Lexicons learn(Collection<MemoryUnit> units, boolean selfTaught, ExpectationStep step) {
    // Not the common pool: on two cores it has one thread, and the six trainings would queue.
    ExecutorService threads = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), daemon());
    try {
      return learn(units, selfTaught, step, threads);
    } finally {
      threads.shutdown();
    }
  }

  private static ThreadFactory daemon() {
    return task -> {
      Thread thread = new Thread(task, "lexicon-learner");
      thread.setDaemon(true);
      return thread;
    };
  }

  private static Lexicons learn(Collection<MemoryUnit> units, boolean selfTaught, ExpectationStep step, ExecutorService threads) {
    // Each unit's words are keyed once per language (English serves two pairs), each language a task.
    List<MemoryUnit> list = List.copyOf(units);
    Map<Lang, CompletableFuture<List<List<String>>>> keyed = new EnumMap<>(Lang.class);
    for (Lang lang : Lang.values()) {
      keyed.put(lang, CompletableFuture.supplyAsync(() -> keys(list, lang), threads));
    }
    List<CompletableFuture<PairLexicon>> running = new ArrayList<>();
    for (Lang[] pair : PAIRS) {
      List<List<String>> sourceKeys = keyed.get(pair[0]).join();
      List<List<String>> targetKeys = keyed.get(pair[1]).join();
      List<List<String>> s = new ArrayList<>();
      List<List<String>> t = new ArrayList<>();
      for (int u = 0; u < list.size(); u++) {
        if (sourceKeys.get(u) != null && targetKeys.get(u) != null) {
          s.add(sourceKeys.get(u));
          t.add(targetKeys.get(u));
        }
      }
      if (!s.isEmpty()) {
        running.add(PairLexicon.learn(pair[0], pair[1], s, t, selfTaught, step, threads));
      }
    }
    Map<String, PairLexicon> learned = new java.util.HashMap<>();
    for (CompletableFuture<PairLexicon> future : running) {
      PairLexicon lexicon = future.join();
      learned.put(key(lexicon.source(), lexicon.target()), lexicon);
    }
    return new Lexicons(learned);
  }

  /** The lexical keys of every unit's text in a language, null where the unit has none. */
  private static List<List<String>> keys(List<MemoryUnit> units, Lang lang) {
    Language language = Language.of(lang);
    List<List<String>> out = new ArrayList<>(units.size());
    for (MemoryUnit unit : units) {
      String text = unit.texts().get(lang);
      out.add(text == null ? null : language.lexicalKeys(text));
    }
    return out;
  }

  /** The lexicons of a pair, in the direction given: the memory's, the built-in one, and what the batch taught, those there are. */
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
    if (others.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return others;
    }
    return new Lexicons(pairs, more == null ? others : more.with(others));
  }

  /** These lexicons with the one that ships ({@link BuiltInLexicon}) beside them. */
  public Lexicons withBuiltIn() {
    return with(BuiltInLexicon.get());
  }

  public boolean isEmpty() {
    return pairs.isEmpty() && (more == null || more.isEmpty());
  }

  Collection<PairLexicon> all() {
    return pairs.values();
  }

  static String key(Lang source, Lang target) {
    return source.code() + "-" + target.code();
  }
}
