package org.rosetta.detect;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The detections of the most recently seen segments. A statement is checked again and again as
 * its translations are revised, and most of its sentences come back unchanged; Lingua is the
 * costliest step of a check, and its answer for a text never changes.
 */
final class RecentDetections {
  private final Map<String, Detection> recent;

  RecentDetections(int capacity) {
    this.recent =
        new LinkedHashMap<>(capacity, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Detection> eldest) {
            return size() > capacity;
          }
        };
  }

  /** The detection of {@code text}, computed outside the lock so detections run in parallel. */
  Detection get(String text, Function<String, Detection> detect) {
    Detection known;
    synchronized (recent) {
      known = recent.get(text);
    }
    if (known != null) {
      return known;
    }
    Detection fresh = detect.apply(text);
    synchronized (recent) {
      recent.put(text, fresh);
    }
    return fresh;
  }
}
