package org.rosetta.api;

import org.rosetta.align.Realignment.Side;
import org.rosetta.text.Lang;
import org.rosetta.text.SegmentId;

/** A segment id of a request ({@code en-3}, {@code ru-4}) as a side of the link being edited and a 0-based index. */
record SegmentRef(Side side, int index) {
  static SegmentRef parse(String field, String id, Lang target) {
    SegmentId segment;
    try {
      segment = SegmentId.parse(id);
    } catch (IllegalArgumentException e) {
      throw new FieldProblem(field, e.getMessage());
    }
    if (segment.lang() == Lang.EN) {
      return new SegmentRef(Side.SOURCE, segment.index());
    }
    if (segment.lang() == target) {
      return new SegmentRef(Side.TARGET, segment.index());
    }
    throw new FieldProblem(field, id + " is neither English nor " + target.code());
  }
}
