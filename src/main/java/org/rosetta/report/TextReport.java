package org.rosetta.report;

import java.util.List;
import org.rosetta.detect.Detection;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;

/**
 * One language version as the engine saw it: its segments, the language detected for each, and,
 * for a bilingual file, the unit each came from.
 *
 * @param units the id of each segment's unit in its bilingual file; empty for a document
 */
public record TextReport(Lang lang, String file, List<Segment> segments, List<Detection> detections, List<String> units) {
  public TextReport {
    segments = List.copyOf(segments);
    detections = List.copyOf(detections);
    units = List.copyOf(units);
    if (!detections.isEmpty() && detections.size() != segments.size()) {
      throw new IllegalArgumentException("one detection per segment expected");
    }
    if (!units.isEmpty() && units.size() != segments.size()) {
      throw new IllegalArgumentException("one unit per segment expected");
    }
  }

  public TextReport(Lang lang, String file, List<Segment> segments, List<Detection> detections) {
    this(lang, file, segments, detections, List.of());
  }

  /** This text with each segment's unit. */
  public TextReport withUnits(List<String> segmentUnits) {
    return new TextReport(lang, file, segments, detections, segmentUnits);
  }

  /** The unit of segment {@code index}, or null for a document. */
  public String unit(int index) {
    return units.isEmpty() ? null : units.get(index);
  }

  /** The detection of segment {@code index}, undetermined when detection was switched off. */
  public Detection detection(int index) {
    return detections.isEmpty() ? Detection.UNDETERMINED : detections.get(index);
  }
}
