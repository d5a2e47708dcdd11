package org.rosetta.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rosetta.align.Link;
import org.rosetta.lang.Language;
import org.rosetta.lang.WrittenNumber;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;
import org.rosetta.text.Span;

/**
 * Numbers written in digits must survive translation ({@code numbers.mismatch}): each number of
 * the English sentences should appear in the linked target sentences, whatever the grouping or
 * decimal separator ("1,500" = "1 500", "2.5" = "2,5", as the language's {@link Language#numbers}
 * reads them), and no new number should appear.
 */
public final class NumberRule implements Rule {
  @Override
  public List<Finding> check(CheckContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Lang lang : context.targets()) {
      for (Link link : context.alignments().get(lang)) {
        if (link.isOmission() || link.isAddition()) {
          continue;
        }
        List<Located> source = numbers(context.sourceOf(link));
        List<Located> target = numbers(context.targetOf(lang, link));
        Map<String, Integer> available = counts(target);
        for (Located n : source) {
          if (available.merge(n.value, -1, Integer::sum) < 0) {
            findings.add(mismatch(context, lang, link, n, "the number " + n.text + " of " + n.segment.id() + " is missing from the translation"));
          }
        }
        Map<String, Integer> expected = counts(source);
        for (Located n : target) {
          if (expected.merge(n.value, -1, Integer::sum) < 0) {
            findings.add(mismatch(context, lang, link, n, "the number " + n.text + " in " + n.segment.id() + " is not in the English"));
          }
        }
      }
    }
    return findings;
  }

  private static Finding mismatch(CheckContext context, Lang lang, Link link, Located n, String message) {
    Span span = n.segment.spanOf(n.start, n.end);
    return new Finding(RuleId.NUMBERS_MISMATCH.id(), Severity.ERROR, lang.code(), context.ids(lang, link), List.of(span), message, null, n.text);
  }

  private static Map<String, Integer> counts(List<Located> numbers) {
    Map<String, Integer> counts = new HashMap<>();
    numbers.forEach(n -> counts.merge(n.value, 1, Integer::sum));
    return counts;
  }

  private static List<Located> numbers(List<Segment> segments) {
    List<Located> out = new ArrayList<>();
    for (Segment s : segments) {
      for (WrittenNumber n : Language.of(s.lang()).numbers(s.text())) {
        out.add(new Located(s, n.start(), n.end(), n.text(), n.value()));
      }
    }
    return out;
  }

  private record Located(Segment segment, int start, int end, String text, String value) {}
}
