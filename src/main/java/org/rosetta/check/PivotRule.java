package org.rosetta.check;

import java.util.ArrayList;
import java.util.List;
import org.rosetta.align.Link;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;

/**
 * Cross-checks the two alignments through the English pivot: an English sentence that one
 * translation renders and the other leaves out ({@code alignment.disagreement}) is either an
 * omission in one of them or a misalignment, and deserves a look in both.
 */
public final class PivotRule implements Rule {

  @Override
  public List<Finding> check(CheckContext context) {
    if (!context.alignments().containsKey(Lang.RU) || !context.alignments().containsKey(Lang.HE)) {
      return List.of();
    }
    int n = context.source().size();
    Link[] ru = bySource(context.alignments().get(Lang.RU), n);
    Link[] he = bySource(context.alignments().get(Lang.HE), n);
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      boolean inRussian = ru[i] != null && !ru[i].isOmission();
      boolean inHebrew = he[i] != null && !he[i].isOmission();
      if (inRussian == inHebrew) {
        continue;
      }
      Lang missing = inRussian ? Lang.HE : Lang.RU;
      Lang present = inRussian ? Lang.RU : Lang.HE;
      Link link = inRussian ? ru[i] : he[i];
      Segment source = context.source().get(i);
      List<Segment> segments = new ArrayList<>();
      segments.add(source);
      segments.addAll(context.targetOf(present, link));
      findings.add(
          AlignmentRule.finding(
              RuleId.ALIGNMENT_DISAGREEMENT,
              Severity.WARNING,
              missing,
              segments,
              source.id()
                  + " is rendered in "
                  + AlignmentRule.languageName(present)
                  + " ("
                  + Segment.listedIds(context.targetOf(present, link))
                  + ") but not in "
                  + AlignmentRule.languageName(missing)));
    }
    return findings;
  }

  private static Link[] bySource(List<Link> links, int n) {
    Link[] out = new Link[n];
    for (Link l : links) {
      for (int i = l.sourceFrom(); i < l.sourceTo(); i++) {
        out[i] = l;
      }
    }
    return out;
  }
}
