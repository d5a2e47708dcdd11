package org.rosetta.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rosetta.detect.Detection;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;

/**
 * A sentence in a language other than its file's ({@code language.unexpected}): a Ukrainian or
 * Bulgarian sentence in the Russian file, French in the English one. English left in a target
 * file is the {@link UntranslatedRule}'s to report.
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
        findings.add(
            AlignmentRule.finding(
                RuleId.LANGUAGE_UNEXPECTED.id(),
                severity,
                lang,
                List.of(s),
                String.format(
                    Locale.ROOT,
                    "%s looks like %s (confidence %.2f), not %s",
                    s.id(),
                    Locale.forLanguageTag(d.language()).getDisplayLanguage(Locale.ENGLISH),
                    d.confidence(),
                    AlignmentRule.languageName(lang))));
      }
    }
    return findings;
  }
}
