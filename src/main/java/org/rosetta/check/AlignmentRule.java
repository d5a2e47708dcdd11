package org.rosetta.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rosetta.align.Link;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;
import org.rosetta.text.Span;

/**
 * What the alignment itself says: English sentences with no counterpart ({@code
 * alignment.omission}), target sentences that render nothing ({@code alignment.addition}),
 * sentences merged or split by the translator ({@code alignment.merge}, {@code alignment.split},
 * for information), and links the aligner is unsure of ({@code alignment.uncertain}).
 */
public final class AlignmentRule implements Rule {
  /** Links scored below this are reported as uncertain. */
  public static final double UNCERTAIN_BELOW = 0.5;

  @Override
  public List<Finding> check(CheckContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Lang lang : context.targets()) {
      String language = languageName(lang);
      for (Link link : context.alignments().get(lang)) {
        List<Segment> source = context.sourceOf(link);
        List<Segment> target = context.targetOf(lang, link);
        if (link.isOmission()) {
          for (Segment s : source) {
            findings.add(
                finding(RuleId.ALIGNMENT_OMISSION, Severity.ERROR, lang, List.of(s),
                    s.id() + " has no " + language + " counterpart: the sentence seems to have been left out"));
          }
        } else if (link.isAddition()) {
          for (Segment t : target) {
            findings.add(
                finding(RuleId.ALIGNMENT_ADDITION, Severity.WARNING, lang, List.of(t),
                    t.id() + " renders no English sentence: it seems to have been added"));
          }
        } else {
          if (link.sourceCount() > 1 && link.targetCount() == 1) {
            findings.add(
                finding(RuleId.ALIGNMENT_MERGE, Severity.INFO, lang, concat(source, target),
                    Segment.listedIds(target) + " renders " + link.sourceCount() + " English sentences (" + Segment.listedIds(source) + ") as one"));
          } else if (link.sourceCount() == 1 && link.targetCount() > 1) {
            findings.add(
                finding(RuleId.ALIGNMENT_SPLIT, Severity.INFO, lang, concat(source, target),
                    Segment.listedIds(source) + " is rendered as " + link.targetCount() + " sentences (" + Segment.listedIds(target) + ")"));
          }
          if (link.score() < UNCERTAIN_BELOW) {
            findings.add(
                finding(RuleId.ALIGNMENT_UNCERTAIN, Severity.INFO, lang, concat(source, target),
                    String.format(Locale.ROOT, "the link %s ↔ %s is uncertain (confidence %.2f); check it by hand",
                        Segment.listedIds(source), Segment.listedIds(target), link.score())));
          }
        }
      }
    }
    return findings;
  }

  static String languageName(Lang lang) {
    return lang.locale().getDisplayLanguage(Locale.ENGLISH);
  }

  private static List<Segment> concat(List<Segment> a, List<Segment> b) {
    List<Segment> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  static Finding finding(RuleId rule, Severity severity, Lang lang, List<Segment> segments, String message) {
    List<Span> spans = segments.stream().map(s -> new Span(s.id(), s.start(), s.end())).toList();
    return new Finding(rule, severity, lang, Segment.ids(segments), spans, message, null, null);
  }
}
