package org.rosetta.align;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a chosen path into confidences. A link is as sure as it is cheaper than its nearest
 * alternative: for a real link, leaving all its sentences unlinked; for an omission or addition,
 * joining it to the neighbouring link. The margin goes through a logistic function.
 */
final class LinkScorer {
  private static final int MAX_SIDE = 3;

  private final LinkCost cost;

  LinkScorer(LinkCost cost) {
    this.cost = cost;
  }

  List<Link> score(List<Link> links) {
    List<Link> out = new ArrayList<>(links.size());
    for (int k = 0; k < links.size(); k++) {
      Link l = links.get(k);
      double own = costOf(l);
      double margin;
      if (l.isOmission() || l.isAddition()) {
        margin = Math.min(mergeMargin(l, own, k > 0 ? links.get(k - 1) : null), mergeMargin(l, own, k + 1 < links.size() ? links.get(k + 1) : null));
      } else {
        double unlinked = 0;
        for (int i = l.sourceFrom(); i < l.sourceTo(); i++) {
          unlinked += cost.cost(i, 1, l.targetFrom(), 0);
        }
        for (int j = l.targetFrom(); j < l.targetTo(); j++) {
          unlinked += cost.cost(l.sourceTo(), 0, j, 1);
        }
        margin = unlinked - own;
      }
      out.add(l.withScore(round(1 / (1 + Math.exp(-margin)))));
    }
    return out;
  }

  private double mergeMargin(Link nullLink, double own, Link neighbour) {
    if (neighbour == null || neighbour.isOmission() || neighbour.isAddition()) {
      return AnchoredAligner.NULL_COST * 3;
    }
    int sFrom = Math.min(nullLink.sourceFrom(), neighbour.sourceFrom());
    int sTo = Math.max(nullLink.sourceTo(), neighbour.sourceTo());
    int tFrom = Math.min(nullLink.targetFrom(), neighbour.targetFrom());
    int tTo = Math.max(nullLink.targetTo(), neighbour.targetTo());
    if (sTo - sFrom > MAX_SIDE || tTo - tFrom > MAX_SIDE) {
      return AnchoredAligner.NULL_COST * 3;
    }
    double merged = cost.cost(sFrom, sTo - sFrom, tFrom, tTo - tFrom);
    return merged - (own + costOf(neighbour));
  }

  private double costOf(Link l) {
    return cost.cost(l.sourceFrom(), l.sourceCount(), l.targetFrom(), l.targetCount());
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
