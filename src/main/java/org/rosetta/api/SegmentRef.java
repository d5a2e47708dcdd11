package org.rosetta.api;

import org.rosetta.align.Realignment.Side;
import org.rosetta.text.Lang;

/** A segment id of a request ({@code en-3}, {@code ru-4}) as a side and 0-based index. */
record SegmentRef(Side side, int index) {
  static SegmentRef parse(String field, String id, Lang target) {
    int dash = id.indexOf('-');
    if (dash < 1) {
      throw new FieldProblem(field, id + " is not a segment id such as ru-4");
    }
    String lang = id.substring(0, dash);
    int index;
    try {
      index = Integer.parseInt(id.substring(dash + 1)) - 1;
    } catch (NumberFormatException e) {
      throw new FieldProblem(field, id + " is not a segment id such as ru-4");
    }
    if (lang.equals(Lang.EN.code())) {
      return new SegmentRef(Side.SOURCE, index);
    }
    if (lang.equals(target.code())) {
      return new SegmentRef(Side.TARGET, index);
    }
    throw new FieldProblem(field, id + " is neither English nor " + target.code());
  }
}
