package org.rosetta.align;

import java.util.List;
import org.rosetta.text.Segment;

/** Links the sentences of a source text to those of its translation. */
public interface Aligner {
  /**
   * @return links in text order; every source and every target sentence is in exactly one link
   */
  List<Link> align(List<Segment> source, List<Segment> target);
}
