package org.rosetta.check;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.rosetta.align.Anchor;
import org.rosetta.align.AnchorKind;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;

/**
 * A unit of a bilingual file whose translation renders a neighbouring unit's English ({@code
 * alignment.misaligned-unit}), as when two targets were pasted into each other's units. The
 * evidence is the aligner's lexical anchors (numbers, names, glossary terms, cognates): the
 * translation shares none with its own English but some with a neighbour's that its own lacks.
 * The aligner itself cannot tell: it never crosses its own links, so it does not see a swap, and
 * given one sentence on each side it has nothing to weigh a link against.
 */
public final class MisalignedUnitRule {
  /** The anchors that say what a sentence is about; quotes, questions and labels do not. */
  private static final Set<AnchorKind> CONTENT = EnumSet.of(AnchorKind.NUMBER, AnchorKind.NAME, AnchorKind.WORLD_NAME, AnchorKind.TERM, AnchorKind.COGNATE);

  /**
   * Anchors shared with a neighbour that a unit needs when its own English has none to deny it:
   * one could be a name the translator added.
   */
  private static final int WITHOUT_OWN_EVIDENCE = 2;

  private MisalignedUnitRule() {}

  /**
   * @param anchors the aligner's anchors of a segment
   * @param sourceUnits the unit of each English segment; {@code targetUnits} likewise
   * @param unitIds the units' ids in the file
   */
  public static List<Finding> check(
      Lang target,
      List<Segment> english,
      List<Segment> translation,
      Function<Segment, List<Anchor>> anchors,
      int[] sourceUnits,
      int[] targetUnits,
      List<String> unitIds) {
    List<Set<Anchor>> sourceAnchors = unitAnchors(english, sourceUnits, unitIds.size(), anchors);
    List<Set<Anchor>> targetAnchors = unitAnchors(translation, targetUnits, unitIds.size(), anchors);
    List<Finding> findings = new ArrayList<>();
    for (int unit = 0; unit < unitIds.size(); unit++) {
      Set<Anchor> rendered = targetAnchors.get(unit);
      Set<Anchor> own = sourceAnchors.get(unit);
      if (rendered.isEmpty() || rendered.stream().anyMatch(own::contains)) {
        continue;
      }
      for (int neighbour : new int[] {unit - 1, unit + 1}) {
        if (neighbour < 0 || neighbour >= unitIds.size()) {
          continue;
        }
        Set<Anchor> theirs = new LinkedHashSet<>(sourceAnchors.get(neighbour));
        theirs.removeAll(own);
        theirs.retainAll(rendered);
        if (!theirs.isEmpty() && (!own.isEmpty() || theirs.size() >= WITHOUT_OWN_EVIDENCE)) {
          findings.add(finding(target, english, translation, sourceUnits, targetUnits, unitIds, unit, neighbour));
          break;
        }
      }
    }
    return findings;
  }

  private static Finding finding(
      Lang target, List<Segment> english, List<Segment> translation, int[] sourceUnits, int[] targetUnits, List<String> unitIds, int unit, int neighbour) {
    List<Segment> rendering = inUnit(translation, targetUnits, unit);
    List<Segment> theirs = inUnit(english, sourceUnits, neighbour);
    List<Segment> involved = new ArrayList<>(inUnit(english, sourceUnits, unit));
    involved.addAll(theirs);
    involved.addAll(rendering);
    return AlignmentRule.finding(
        RuleId.ALIGNMENT_MISALIGNED_UNIT,
        Severity.ERROR,
        target,
        involved,
        "unit " + unitIds.get(unit) + ": its " + AlignmentRule.languageName(target) + " (" + Segment.listedIds(rendering) + ") shares names, numbers or terms with the English of unit "
            + unitIds.get(neighbour) + " (" + Segment.listedIds(theirs) + "), none with its own: is it that unit's translation?");
  }

  private static List<Set<Anchor>> unitAnchors(List<Segment> segments, int[] units, int unitCount, Function<Segment, List<Anchor>> anchors) {
    List<Set<Anchor>> out = new ArrayList<>();
    for (int k = 0; k < unitCount; k++) {
      out.add(new LinkedHashSet<>());
    }
    for (Segment segment : segments) {
      for (Anchor anchor : anchors.apply(segment)) {
        if (CONTENT.contains(anchor.kind())) {
          out.get(units[segment.index()]).add(anchor);
        }
      }
    }
    return out;
  }

  private static List<Segment> inUnit(List<Segment> segments, int[] units, int unit) {
    return segments.stream().filter(s -> units[s.index()] == unit).toList();
  }

}
