package org.rosetta.report;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rosetta.align.Link;
import org.rosetta.check.Finding;
import org.rosetta.check.Severity;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;
import org.rosetta.text.SegmentId;

/** Everything Rosetta found about one document: texts, alignments with English, findings. */
public record DocumentReport(
    String name, Map<Lang, TextReport> texts, Map<Lang, List<Link>> alignments, List<Finding> findings) {
  public DocumentReport {
    texts = Lang.ordered(texts);
    alignments = Lang.ordered(alignments);
    findings = List.copyOf(findings);
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /** For a bilingual file, the unit of every segment, by segment id; empty for a document. */
  public Map<SegmentId, String> unitsBySegment() {
    Map<SegmentId, String> units = new HashMap<>();
    for (TextReport text : texts.values()) {
      for (Segment segment : text.segments()) {
        if (text.unit(segment.index()) != null) {
          units.put(segment.id(), text.unit(segment.index()));
        }
      }
    }
    return units;
  }

  /** The units of a finding's segments, in its segments' order ({@code unitsBySegment} from {@link #unitsBySegment()}). */
  public static Set<String> unitsOf(Finding finding, Map<SegmentId, String> unitsBySegment) {
    Set<String> units = new LinkedHashSet<>();
    for (SegmentId segment : finding.segments()) {
      String unit = unitsBySegment.get(segment);
      if (unit != null) {
        units.add(unit);
      }
    }
    return units;
  }
}
