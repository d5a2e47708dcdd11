package org.rosetta.bilingual;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rosetta.align.Link;
import org.rosetta.check.Finding;
import org.rosetta.report.DocumentReport;
import org.rosetta.text.SegmentId;

/** The links a bilingual file's units make, and findings that name their units. */
public final class UnitLinks {
  /** A unit's pairing is the CAT tool's, not a guess of the aligner's. */
  private static final double PAIRED = 1.0;

  private UnitLinks() {}

  /**
   * One link per unit, from its English sentences to its translation's, in file order: an empty
   * target is an omission, an empty source an addition.
   */
  public static List<Link> of(int unitCount, int[] sourceUnits, int[] targetUnits) {
    List<Link> links = new ArrayList<>();
    int s = 0;
    int t = 0;
    for (int unit = 0; unit < unitCount; unit++) {
      int sourceFrom = s;
      while (s < sourceUnits.length && sourceUnits[s] == unit) {
        s++;
      }
      int targetFrom = t;
      while (t < targetUnits.length && targetUnits[t] == unit) {
        t++;
      }
      if (s > sourceFrom || t > targetFrom) {
        links.add(new Link(sourceFrom, s, targetFrom, t, PAIRED));
      }
    }
    return links;
  }

  /** The finding with the units of its segments named at the end of its message. */
  public static Finding naming(Finding finding, Map<SegmentId, String> unitsBySegment) {
    Set<String> units = DocumentReport.unitsOf(finding, unitsBySegment);
    if (units.isEmpty() || finding.message().startsWith("unit ")) {
      return finding;
    }
    String named = finding.message() + " (unit" + (units.size() > 1 ? "s " : " ") + String.join(", ", units) + ")";
    return new Finding(
        finding.rule(), finding.severity(), finding.language(), finding.segments(), finding.spans(), named, finding.expected(), finding.found(), finding.suggestions());
  }
}
