package org.rosetta.align;

import java.util.List;

/** Checks on a whole alignment: the shape every aligner produces and every rule relies on. */
public final class Links {
  private Links() {}

  /**
   * Throws unless the links are in text order, contiguous, and cover {@code sources} source and
   * {@code targets} target segments exactly once.
   */
  public static void requireCover(List<Link> links, int sources, int targets) {
    int source = 0;
    int target = 0;
    for (Link link : links) {
      if (link.sourceFrom() != source || link.targetFrom() != target) {
        throw new IllegalArgumentException(
            "link " + link.shape() + " at source " + link.sourceFrom() + ", target " + link.targetFrom()
                + " does not follow the previous link (expected " + source + ", " + target + ")");
      }
      source = link.sourceTo();
      target = link.targetTo();
    }
    if (source != sources || target != targets) {
      throw new IllegalArgumentException(
          "links cover " + source + " of " + sources + " source and " + target + " of " + targets + " target segments");
    }
  }
}
