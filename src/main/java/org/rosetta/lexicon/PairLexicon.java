package org.rosetta.lexicon;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.rosetta.lang.Language;
import org.rosetta.text.Lang;

/**
 * What a memory teaches about one language pair: Model 1 tables in both directions over the
 * languages' lexical keys ({@link Language#lexicalKeys}), and how often each word occurs, so that
 * a link's words can be scored against chance: a word its partner sentence explains better than
 * its frequency alone is evidence for the link.
 */
public final class PairLexicon {
  private final Lang source;
  private final Lang target;
  private final Vocabulary sourceWords;
  private final Vocabulary targetWords;
  private final TranslationTable forward;
  private final TranslationTable backward;
  private final float[] sourceLogFrequency;
  private final float[] targetLogFrequency;
  private final int units;
  private final boolean selfTaught;

  PairLexicon(
      Lang source,
      Lang target,
      Vocabulary sourceWords,
      Vocabulary targetWords,
      TranslationTable forward,
      TranslationTable backward,
      float[] sourceLogFrequency,
      float[] targetLogFrequency,
      int units,
      boolean selfTaught) {
    this.source = source;
    this.target = target;
    this.sourceWords = sourceWords;
    this.targetWords = targetWords;
    this.forward = forward;
    this.backward = backward;
    this.sourceLogFrequency = sourceLogFrequency;
    this.targetLogFrequency = targetLogFrequency;
    this.units = units;
    this.selfTaught = selfTaught;
  }

  /**
   * Trains both directions on units whose words are already keyed, each direction a task on the
   * given threads, its E step where {@code step} runs it.
   */
  static CompletableFuture<PairLexicon> learn(
      Lang source,
      Lang target,
      List<List<String>> sourceKeys,
      List<List<String>> targetKeys,
      boolean selfTaught,
      ExpectationStep step,
      Executor threads) {
    Vocabulary sv = new Vocabulary();
    Vocabulary tv = new Vocabulary();
    List<int[]> s = sourceKeys.stream().map(keys -> ids(keys, sv)).toList();
    List<int[]> t = targetKeys.stream().map(keys -> ids(keys, tv)).toList();
    CompletableFuture<TranslationTable> forward = CompletableFuture.supplyAsync(() -> Model1.train(s, t, sv.size(), step), threads);
    CompletableFuture<TranslationTable> backward = CompletableFuture.supplyAsync(() -> Model1.train(t, s, tv.size(), step), threads);
    return forward.thenCombine(
        backward,
        (f, b) -> new PairLexicon(source, target, sv, tv, f, b, logFrequencies(s, sv.size()), logFrequencies(t, tv.size()), s.size(), selfTaught));
  }

  private static int[] ids(List<String> keys, Vocabulary vocabulary) {
    return keys.stream().mapToInt(vocabulary::add).toArray();
  }

  /** Log relative frequency of every word, add-one smoothed; NULL gets the unseen word's. */
  private static float[] logFrequencies(List<int[]> sentences, int size) {
    long[] counts = new long[size];
    long total = 0;
    for (int[] sentence : sentences) {
      for (int id : sentence) {
        counts[id]++;
        total++;
      }
    }
    float[] out = new float[size];
    for (int id = 0; id < size; id++) {
      out[id] = (float) Math.log((counts[id] + 1.0) / (total + size));
    }
    return out;
  }

  public Lang source() {
    return source;
  }

  public Lang target() {
    return target;
  }

  /** The words of a source-language text that the memory knows, and how many it does not. */
  public KnownWords sourceWords(String text) {
    return known(Language.of(source).lexicalKeys(text), sourceWords);
  }

  /** The words of a target-language text that the memory knows, and how many it does not. */
  public KnownWords targetWords(String text) {
    return known(Language.of(target).lexicalKeys(text), targetWords);
  }

  private static KnownWords known(List<String> keys, Vocabulary vocabulary) {
    int[] ids = keys.stream().mapToInt(vocabulary::id).filter(id -> id > 0).toArray();
    return new KnownWords(ids, keys.size() - ids.length);
  }

  /** The id of a source-language lexical key, or -1 when the lexicon never had it. */
  public int sourceId(String key) {
    return sourceWords.id(key);
  }

  /** t(target word | source word), source word {@link Vocabulary#NULL} included. */
  public TranslationTable forward() {
    return forward;
  }

  /** t(source word | target word), target word {@link Vocabulary#NULL} included. */
  public TranslationTable backward() {
    return backward;
  }

  public double sourceLogFrequency(int id) {
    return sourceLogFrequency[id];
  }

  /**
   * How often the memory had a source word: its frequency undone. NULL's frequency is the
   * unseen word's, one in the smoothed total, so this needs nothing stored beside the frequencies.
   */
  public double sourceOccurrences(int id) {
    return Math.exp(sourceLogFrequency[id] - sourceLogFrequency[Vocabulary.NULL]) - 1;
  }

  public double targetLogFrequency(int id) {
    return targetLogFrequency[id];
  }

  /**
   * Whether the lexicon was learned from the documents it aligns (a batch's own links): it then
   * knows their words however few its units are.
   */
  public boolean selfTaught() {
    return selfTaught;
  }

  /** Units the lexicon was learned from. */
  public int units() {
    return units;
  }

  Vocabulary sourceVocabulary() {
    return sourceWords;
  }

  Vocabulary targetVocabulary() {
    return targetWords;
  }

  float[] sourceLogFrequencies() {
    return sourceLogFrequency;
  }

  float[] targetLogFrequencies() {
    return targetLogFrequency;
  }
}
