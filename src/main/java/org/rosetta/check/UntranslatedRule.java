package org.rosetta.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rosetta.align.Link;
import org.rosetta.detect.Detection;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;

/**
 * Target sentences left in English ({@code untranslated}): detected as English, or identical to
 * the English sentence they are linked with.
 */
public final class UntranslatedRule implements Rule {

  @Override
  public List<Finding> check(CheckContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Lang lang : context.targets()) {
      List<Segment> segments = context.segments(lang);
      List<Detection> detections = context.detections().get(lang);
      boolean[] flagged = new boolean[segments.size()];
      if (detections != null) {
        for (int k = 0; k < segments.size(); k++) {
          Detection d = detections.get(k);
          if (d.determined() && d.language().equals(Lang.EN.code())) {
            flagged[k] = true;
            findings.add(
                finding(lang, List.of(segments.get(k)),
                    String.format(Locale.ROOT, "%s is in English (confidence %.2f): it was left untranslated",
                        segments.get(k).id(), d.confidence())));
          }
        }
      }
      for (Link link : context.alignments().get(lang)) {
        for (Segment t : context.targetOf(lang, link)) {
          if (flagged[t.index()]) {
            continue;
          }
          for (Segment s : context.sourceOf(link)) {
            if (sameWords(s.text(), t.text())) {
              flagged[t.index()] = true;
              findings.add(finding(lang, List.of(s, t), t.id() + " is the same as " + s.id() + ": it was left untranslated"));
              break;
            }
          }
        }
      }
    }
    return findings;
  }

  private static boolean sameWords(String a, String b) {
    String x = letters(a);
    return x.length() >= 2 && x.equals(letters(b));
  }

  private static String letters(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().filter(Character::isLetter).forEach(cp -> sb.appendCodePoint(Character.toLowerCase(cp)));
    return sb.toString();
  }

  private static Finding finding(Lang lang, List<Segment> segments, String message) {
    return AlignmentRule.finding(RuleId.UNTRANSLATED, Severity.ERROR, lang, segments, message);
  }
}
