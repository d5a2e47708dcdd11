package org.rosetta.cache;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The results of a costly, deterministic step for the most recently seen inputs. A statement is
 * checked again and again as its translations are revised, and most of its sentences come back
 * unchanged; language detection, term lookup and glossary preparation give the same answer for
 * the same input. Thread-safe.
 */
public final class RecentResults<K, V> {
  private final Map<K, V> recent;

  public RecentResults(int capacity) {
    this.recent =
        new LinkedHashMap<>(capacity, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > capacity;
          }
        };
  }

  /**
   * The result for {@code key}, computed outside the lock so different keys are computed in
   * parallel. A null result is returned but not remembered.
   */
  public V get(K key, Function<K, V> compute) {
    V known;
    synchronized (recent) {
      known = recent.get(key);
    }
    if (known != null) {
      return known;
    }
    V fresh = compute.apply(key);
    if (fresh != null) {
      synchronized (recent) {
        recent.put(key, fresh);
      }
    }
    return fresh;
  }
}
