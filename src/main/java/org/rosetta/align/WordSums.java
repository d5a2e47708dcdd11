package org.rosetta.align;

import java.util.Arrays;

/**
 * Sums of translation probabilities keyed by word id, for one sentence: an open-addressing map
 * from int to float, since the aligner looks words up millions of times and boxing would
 * dominate.
 */
final class WordSums {
  private int[] keys;
  private float[] values;
  private int size;

  private WordSums(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, 2 * expected - 1)) << 1;
    keys = new int[capacity];
    values = new float[capacity];
    Arrays.fill(keys, -1);
  }

  static WordSums withCapacity(int expected) {
    return new WordSums(expected);
  }

  void add(int key, float value) {
    int mask = keys.length - 1;
    int slot = slot(key) & mask;
    while (keys[slot] != -1) {
      if (keys[slot] == key) {
        values[slot] += value;
        return;
      }
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    values[slot] = value;
    if (2 * ++size > keys.length) {
      grow();
    }
  }

  float get(int key) {
    int mask = keys.length - 1;
    int slot = slot(key) & mask;
    while (keys[slot] != -1) {
      if (keys[slot] == key) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return 0f;
  }

  private static int slot(int key) {
    int h = key * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  private void grow() {
    int[] oldKeys = keys;
    float[] oldValues = values;
    keys = new int[2 * oldKeys.length];
    values = new float[2 * oldKeys.length];
    Arrays.fill(keys, -1);
    size = 0;
    for (int s = 0; s < oldKeys.length; s++) {
      if (oldKeys[s] != -1) {
        add(oldKeys[s], oldValues[s]);
      }
    }
  }
}
