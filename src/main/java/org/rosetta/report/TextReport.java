package org.rosetta.report;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rosetta.detect.Detection;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;
import org.rosetta.text.SourceText;

/**
 * One language version as the engine saw it: its segments, the language detected for each, and,
 * for a bilingual file, the unit each came from.
 *
 * @param units the id of each segment's unit in its bilingual file; empty for a document
 * @param headings the indices of the segments in the document's headings
 */
public record TextReport(Lang lang, String file, List<Segment> segments, List<Detection> detections, List<String> units, Set<Integer> headings) {
  public TextReport {
    segments = List.copyOf(segments);
    detections = List.copyOf(detections);
    units = List.copyOf(units);
    headings = Set.copyOf(headings);
    if (!detections.isEmpty() && detections.size() != segments.size()) {
      throw new IllegalArgumentException("one detection per segment expected");
    }
    if (!units.isEmpty() && units.size() != segments.size()) {
      throw new IllegalArgumentException("one unit per segment expected");
    }
  }

  public TextReport(Lang lang, String file, List<Segment> segments, List<Detection> detections) {
    this(lang, file, segments, detections, List.of(), Set.of());
  }

  /** The report of a text whose segments in {@code headings} are headings. */
  public static TextReport of(SourceText text, List<Segment> segments, List<Detection> detections) {
    Set<Integer> inHeadings = new HashSet<>();
    for (Segment segment : segments) {
      if (text.headings().contains(segment.charStart())) {
        inHeadings.add(segment.index());
      }
    }
    return new TextReport(text.lang(), text.origin(), segments, detections, List.of(), inHeadings);
  }

  /** This text with each segment's unit. */
  public TextReport withUnits(List<String> segmentUnits) {
    return new TextReport(lang, file, segments, detections, segmentUnits, headings);
  }

  /** Whether segment {@code index} is (in) a heading of the document. */
  public boolean isHeading(int index) {
    return headings.contains(index);
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
