package org.rosetta.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rosetta.align.Link;
import org.rosetta.lexicon.Lexicons;
import org.rosetta.terminology.TermMatcher;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;
import org.rosetta.text.SegmentKind;

/** English sentences linked one to one with their translations, as a rule sees them. */
final class OneToOne {
  private OneToOne() {}

  /** @param pairs English and translated sentence of each link */
  static List<Finding> check(Rule rule, Lang target, String[][] pairs) {
    return check(rule, target, pairs, Lexicons.NONE);
  }

  /** The same, with the lexicons the alignment had. */
  static List<Finding> check(Rule rule, Lang target, String[][] pairs, Lexicons lexicons) {
    return rule.check(context(target, pairs, lexicons));
  }

  /** What a rule sees of such a document: to judge it as part of a batch ({@link CheckContext#withLengthNorms}). */
  static CheckContext context(Lang target, String[][] pairs, Lexicons lexicons) {
    List<Segment> en = new ArrayList<>();
    List<Segment> tr = new ArrayList<>();
    List<Link> links = new ArrayList<>();
    for (int k = 0; k < pairs.length; k++) {
      en.add(segment(Lang.EN, k, pairs[k][0]));
      tr.add(segment(target, k, pairs[k][1]));
      links.add(new Link(k, k + 1, k, k + 1, 0.95));
    }
    return new CheckContext(Map.of(Lang.EN, en, target, tr), Map.of(), Map.of(target, links), TermMatcher.NONE, lexicons);
  }

  private static Segment segment(Lang lang, int index, String text) {
    return new Segment(lang, index, index * 1000, index * 1000 + text.length(), index * 1000, text, 1, SegmentKind.SENTENCE);
  }
}
