package org.rosetta.report;

import java.util.List;
import org.rosetta.detect.Detection;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;

/** One language version as the engine saw it: its segments and the language detected for each. */
public record TextReport(Lang lang, String file, List<Segment> segments, List<Detection> detections) {
  public TextReport {
    segments = List.copyOf(segments);
    detections = List.copyOf(detections);
    if (!detections.isEmpty() && detections.size() != segments.size()) {
      throw new IllegalArgumentException("one detection per segment expected");
    }
  }

  /** The detection of segment {@code index}, undetermined when detection was switched off. */
  public Detection detection(int index) {
    return detections.isEmpty() ? Detection.UNDETERMINED : detections.get(index);
  }
}
