package org.rosetta.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rosetta.align.Link;
import org.rosetta.detect.Detection;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;
import org.rosetta.text.SegmentId;

/**
 * A sentence in a language other than its file's ({@code language.unexpected}): a Ukrainian or
 * Bulgarian sentence in the Russian file, French in the English one. English left in a target
 * file is the {@link UntranslatedRule}'s to report. A sentence that is in the same third language
 * on both sides of a link is a quotation kept as written, and only a note.
 */
public final class LanguageRule implements Rule {
  /** Below this confidence a foreign detection is a warning rather than an error. */
  public static final double ERROR_CONFIDENCE = 0.6;

  @Override
  public List<Finding> check(CheckContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Map.Entry<Lang, List<Detection>> entry : context.detections().entrySet()) {
      Lang lang = entry.getKey();
      List<Segment> segments = context.segments(lang);
      List<Detection> detections = entry.getValue();
      for (int k = 0; k < segments.size(); k++) {
        Detection d = detections.get(k);
        if (!d.determined() || d.language().equals(lang.code())) {
          continue;
        }
        if (lang != Lang.EN && d.language().equals(Lang.EN.code())) {
          continue;
        }
        Segment s = segments.get(k);
        Severity severity = d.confidence() >= ERROR_CONFIDENCE ? Severity.ERROR : Severity.WARNING;
        SegmentId kept = keptFromOtherSide(context, lang, k, d.language());
        if (kept != null) {
          severity = Severity.INFO;
        }
        findings.add(
            AlignmentRule.finding(
                RuleId.LANGUAGE_UNEXPECTED,
                severity,
                lang,
                List.of(s),
                String.format(
                    Locale.ROOT,
                    "%s looks like %s (confidence %.2f), not %s%s",
                    s.id(),
                    Locale.forLanguageTag(d.language()).getDisplayLanguage(Locale.ENGLISH),
                    d.confidence(),
                    AlignmentRule.languageName(lang),
                    kept == null ? "" : ", as " + kept + " is: a quotation kept in its language")));
      }
    }
    return findings;
  }

  /**
   * The id of a segment linked with segment k of {@code lang} on the other side (the English, or
   * a translation of an English segment) that is in the same third language: "Il faut bien le
   * faire." quoted in French in the English and kept so in the translation; null if none.
   */
  private static SegmentId keptFromOtherSide(CheckContext context, Lang lang, int k, String language) {
    if (java.util.Arrays.stream(Lang.values()).anyMatch(l -> l.code().equals(language))) {
      // Russian in the English file, linked to the Russian, is a sentence left untranslated in the source, not a quotation.
      return null;
    }
    for (Lang target : context.targets()) {
      if (lang != Lang.EN && target != lang) {
        continue;
      }
      for (Link link : context.alignments().get(target)) {
        boolean here = lang == Lang.EN ? link.sourceFrom() <= k && k < link.sourceTo() : link.targetFrom() <= k && k < link.targetTo();
        if (!here) {
          continue;
        }
        Lang other = lang == Lang.EN ? target : Lang.EN;
        int from = lang == Lang.EN ? link.targetFrom() : link.sourceFrom();
        int to = lang == Lang.EN ? link.targetTo() : link.sourceTo();
        List<Detection> detections = context.detections().get(other);
        for (int o = from; detections != null && o < to; o++) {
          if (detections.get(o).determined() && detections.get(o).language().equals(language)) {
            return context.segments(other).get(o).id();
          }
        }
      }
    }
    return null;
  }
}
