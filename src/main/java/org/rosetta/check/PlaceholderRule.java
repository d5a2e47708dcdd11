package org.rosetta.check;

import java.util.ArrayList;
import java.util.List;
import org.rosetta.align.Link;
import org.rosetta.text.Lang;
import org.rosetta.text.Placeholders;
import org.rosetta.text.Placeholders.Placeholder;
import org.rosetta.text.Segment;
import org.rosetta.text.SegmentId;
import org.rosetta.text.Span;

/**
 * Labels, placeholders, addresses and tags ({@link Placeholders}) that a link's translation does
 * not carry over as written ({@code placeholders.mismatch}): "(PERSON4)" dropped, "{name}"
 * translated, "%s" lost. A missing one is an error, but a web address only a warning, since a
 * translation may point to its own language's page; one the English does not have is a warning.
 */
public final class PlaceholderRule implements Rule {
  @Override
  public List<Finding> check(CheckContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Lang lang : context.targets()) {
      for (Link link : context.pairingLinks(lang)) {
        List<Found> english = found(context.sourceOf(link));
        List<Found> translated = found(context.targetOf(lang, link));
        List<Found> added = new ArrayList<>(translated);
        List<SegmentId> ids = context.ids(lang, link);
        for (Found f : english) {
          Found same = added.stream().filter(t -> t.placeholder().text().equals(f.placeholder().text())).findFirst().orElse(null);
          if (same != null) {
            added.remove(same);
            continue;
          }
          boolean address = f.placeholder().kind() == Placeholders.Kind.ADDRESS;
          findings.add(
              finding(lang, address ? Severity.WARNING : Severity.ERROR, ids, f,
                  f.placeholder().text() + " of " + f.segment().id() + " is not in the translation as written"));
        }
        for (Found t : added) {
          findings.add(finding(lang, Severity.WARNING, ids, t, t.placeholder().text() + " in " + t.segment().id() + " is not in the English"));
        }
      }
    }
    return findings;
  }

  private record Found(Segment segment, Placeholder placeholder) {
    Span span() {
      return segment.spanOf(placeholder.start(), placeholder.end());
    }
  }

  private static List<Found> found(List<Segment> segments) {
    List<Found> out = new ArrayList<>();
    for (Segment s : segments) {
      for (Placeholder p : Placeholders.find(s.text())) {
        out.add(new Found(s, p));
      }
    }
    return out;
  }

  private static Finding finding(Lang lang, Severity severity, List<SegmentId> ids, Found found, String message) {
    return new Finding(
        RuleId.PLACEHOLDERS_MISMATCH, severity, lang, ids, List.of(found.span()), message, found.placeholder().text(), found.placeholder().text());
  }
}
