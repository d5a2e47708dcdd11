package org.rosetta.bilingual;

import java.util.ArrayList;
import java.util.List;
import org.rosetta.text.Segment;

/**
 * A bilingual file's units laid out as two texts, a paragraph per unit, so that the engine
 * segments, detects and matches them as it does any document; each segment is then traced back
 * to the unit it came from.
 */
public final class UnitLayout {
  private static final String BETWEEN_UNITS = "\n\n";

  private final String source;
  private final String target;
  /** Each unit's first char in the source and target texts; -1 where the side is empty. */
  private final int[] sourceStarts;
  private final int[] targetStarts;
  private final List<BilingualUnit> units;

  private UnitLayout(List<BilingualUnit> units) {
    this.units = units;
    this.sourceStarts = new int[units.size()];
    this.targetStarts = new int[units.size()];
    StringBuilder en = new StringBuilder();
    StringBuilder translation = new StringBuilder();
    for (int k = 0; k < units.size(); k++) {
      sourceStarts[k] = append(en, units.get(k).source());
      targetStarts[k] = append(translation, units.get(k).target());
    }
    this.source = en.toString();
    this.target = translation.toString();
  }

  public static UnitLayout of(BilingualFile file) {
    return new UnitLayout(file.units());
  }

  private static int append(StringBuilder text, String unitText) {
    if (unitText.isEmpty()) {
      return -1;
    }
    if (text.length() > 0) {
      text.append(BETWEEN_UNITS);
    }
    int start = text.length();
    // A blank line inside a unit would start a paragraph of its own; the unit stays one.
    text.append(unitText.replaceAll("\\n\\s*\\n", "\n"));
    return start;
  }

  public String source() {
    return source;
  }

  public String target() {
    return target;
  }

  public List<BilingualUnit> units() {
    return units;
  }

  /** For each segment, the index of its unit: segments are in text order, and so are units. */
  public int[] sourceUnits(List<Segment> segments) {
    return unitsOf(segments, sourceStarts);
  }

  public int[] targetUnits(List<Segment> segments) {
    return unitsOf(segments, targetStarts);
  }

  private static int[] unitsOf(List<Segment> segments, int[] starts) {
    List<Integer> present = new ArrayList<>();
    for (int k = 0; k < starts.length; k++) {
      if (starts[k] >= 0) {
        present.add(k);
      }
    }
    int[] out = new int[segments.size()];
    int p = 0;
    for (int s = 0; s < segments.size(); s++) {
      int at = segments.get(s).charStart();
      while (p + 1 < present.size() && starts[present.get(p + 1)] <= at) {
        p++;
      }
      out[s] = present.get(p);
    }
    return out;
  }
}
