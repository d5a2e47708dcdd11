package org.rosetta.detect;

import it.unimi.dsi.fastutil.objects.AbstractObject2FloatMap;
import it.unimi.dsi.fastutil.objects.Object2FloatMap;
import it.unimi.dsi.fastutil.objects.ObjectArrayList;
import it.unimi.dsi.fastutil.objects.ObjectArraySet;
import it.unimi.dsi.fastutil.objects.ObjectSet;
import java.util.Arrays;

/**
 * One of Lingua's n-gram models (the relative frequencies of one language's n-grams of one
 * length) held as packed numbers instead of strings: each n-gram's characters, numbered by
 * {@link NgramAlphabet}, make one {@code long}, kept with its frequency in an open-addressing
 * table. Lingua's own map keeps every n-gram as a {@code String} in a hash map, about 60 bytes an
 * n-gram; this table about 16, so the 2.7 million n-grams of the default candidates take about
 * 45 MB instead of 170.
 *
 * <p>Lingua asks it through {@link #getFloat(Object)} only, with 0 meaning "not in the model", as
 * its own map answers. Built once, then read by any number of threads.
 */
final class NgramTable extends AbstractObject2FloatMap<String> {
  private static final double LOAD = 0.75;
  /** 0 is never a key: every character's number is at least 1. */
  private static final long EMPTY = 0L;

  private final long[] keys;
  private final float[] frequencies;
  private final int size;

  private NgramTable(long[] keys, float[] frequencies, int size) {
    this.keys = keys;
    this.frequencies = frequencies;
    this.size = size;
  }

  @Override
  public float getFloat(Object ngram) {
    int slot = find(ngram);
    return slot < 0 ? defRetValue : frequencies[slot];
  }

  @Override
  public boolean containsKey(Object ngram) {
    return find(ngram) >= 0;
  }

  /** The n-gram's slot, or -1 when the model does not hold it. */
  private int find(Object ngram) {
    if (!(ngram instanceof String text)) {
      return -1;
    }
    long key = NgramAlphabet.pack(text);
    if (key == EMPTY) {
      return -1;
    }
    for (int slot = slot(key, keys.length); ; slot = next(slot, keys.length)) {
      long found = keys[slot];
      if (found == key) {
        return slot;
      }
      if (found == EMPTY) {
        return -1;
      }
    }
  }

  @Override
  public int size() {
    return size;
  }

  /** Every n-gram with its frequency, unpacked: for inspection, never on a detection's path. */
  @Override
  public ObjectSet<Object2FloatMap.Entry<String>> object2FloatEntrySet() {
    ObjectArrayList<Object2FloatMap.Entry<String>> entries = new ObjectArrayList<>(size);
    for (int slot = 0; slot < keys.length; slot++) {
      if (keys[slot] != EMPTY) {
        entries.add(new BasicEntry<>(NgramAlphabet.unpack(keys[slot]), frequencies[slot]));
      }
    }
    return new ObjectArraySet<>(entries.elements(), entries.size());
  }

  /** Where a key's search starts: its bits mixed, then scaled to the table without a division. */
  private static int slot(long key, int capacity) {
    long mixed = (key * 0x9E3779B97F4A7C15L) >>> 32;
    return (int) ((mixed * capacity) >>> 32);
  }

  private static int next(int slot, int capacity) {
    return slot + 1 == capacity ? 0 : slot + 1;
  }

  /** Collects a model's n-grams, then builds its table sized to them. */
  static final class Builder {
    private long[] keys = new long[1024];
    private float[] frequencies = new float[1024];
    private int count;

    /** Adds one n-gram; returns false when one of its characters cannot be numbered. */
    boolean add(CharSequence ngram, int start, int end, float frequency) {
      long key = NgramAlphabet.packNew(ngram, start, end);
      if (key == EMPTY) {
        return false;
      }
      add(key, frequency);
      return true;
    }

    /** Adds one n-gram packed by {@link NgramAlphabet}. */
    void add(long key, float frequency) {
      if (count == keys.length) {
        keys = Arrays.copyOf(keys, count * 2);
        frequencies = Arrays.copyOf(frequencies, count * 2);
      }
      keys[count] = key;
      frequencies[count] = frequency;
      count++;
    }

    /** Room for this many n-grams more, when their number is known beforehand. */
    void expect(int more) {
      if (count + more > keys.length) {
        keys = Arrays.copyOf(keys, count + more);
        frequencies = Arrays.copyOf(frequencies, count + more);
      }
    }

    NgramTable build() {
      int capacity = Math.max(2, (int) Math.ceil(count / LOAD));
      long[] table = new long[capacity];
      float[] values = new float[capacity];
      int size = 0;
      for (int i = 0; i < count; i++) {
        long key = keys[i];
        int slot = slot(key, capacity);
        while (table[slot] != EMPTY && table[slot] != key) {
          slot = next(slot, capacity);
        }
        if (table[slot] == EMPTY) {
          size++;
        }
        // A model repeating an n-gram keeps its last frequency, as Lingua's map does.
        table[slot] = key;
        values[slot] = frequencies[i];
      }
      return new NgramTable(table, values, size);
    }
  }
}
