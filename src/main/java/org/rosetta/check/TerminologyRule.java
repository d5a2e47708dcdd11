package org.rosetta.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rosetta.align.Link;
import org.rosetta.terminology.Concept;
import org.rosetta.terminology.Term;
import org.rosetta.terminology.TermHit;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;
import org.rosetta.text.Span;

/**
 * Glossary compliance of every aligned pair: an English term calls for one of its approved target
 * terms in the linked sentences ({@code terminology.missing}); a deprecated target term is an
 * error wherever it stands ({@code terminology.forbidden}); one English concept rendered by two
 * different approved terms of the same part of speech is inconsistent ({@code
 * terminology.inconsistent}, on the less frequent rendering).
 */
public final class TerminologyRule implements Rule {

  @Override
  public List<Finding> check(CheckContext context) {
    if (context.terms() == null) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    for (Lang lang : context.targets()) {
      Map<String, List<Usage>> usages = new LinkedHashMap<>();
      for (Link link : context.alignments().get(lang)) {
        if (link.isOmission() || link.isAddition()) {
          continue;
        }
        List<Located> source = hits(context, Lang.EN, context.sourceOf(link));
        List<Located> target = hits(context, lang, context.targetOf(lang, link));
        for (Located s : source) {
          Concept concept = s.hit.concept();
          if (concept.terms(lang).isEmpty()) {
            continue;
          }
          List<Located> rendered =
              target.stream()
                  .filter(t -> t.hit.concept().id().equals(concept.id()) && t.hit.term().status().approved())
                  .toList();
          if (rendered.isEmpty()) {
            boolean forbiddenInstead =
                target.stream().anyMatch(t -> t.hit.concept().id().equals(concept.id()));
            if (!forbiddenInstead) {
              findings.add(missing(context, lang, link, s, concept));
            }
          } else {
            for (Located r : rendered) {
              String key = concept.id() + "\u0000" + r.hit.term().partOfSpeech();
              usages.computeIfAbsent(key, k -> new ArrayList<>()).add(new Usage(r, s, context.ids(lang, link)));
            }
          }
        }
      }
      for (Segment segment : context.segments(lang)) {
        for (TermHit hit : context.terms().find(lang, segment.text())) {
          if (!hit.term().status().approved()) {
            findings.add(forbidden(lang, segment, hit));
          }
        }
      }
      usages.values().forEach(list -> inconsistent(lang, list, findings));
    }
    return findings;
  }

  private static List<Located> hits(CheckContext context, Lang lang, List<Segment> segments) {
    List<Located> out = new ArrayList<>();
    for (Segment segment : segments) {
      for (TermHit hit : context.terms().find(lang, segment.text())) {
        out.add(new Located(segment, hit));
      }
    }
    return out;
  }

  private static Finding missing(CheckContext context, Lang lang, Link link, Located source, Concept concept) {
    List<String> approved = concept.approved(lang).stream().map(Term::text).toList();
    String expected = String.join(" / ", approved);
    String targets = context.targetOf(lang, link).stream().map(Segment::id).collect(Collectors.joining(", "));
    return new Finding(
        RuleId.TERMINOLOGY_MISSING.id(),
        Severity.ERROR,
        lang.code(),
        context.ids(lang, link),
        List.of(source.span()),
        "\""
            + source.hit.found()
            + "\" in "
            + source.segment.id()
            + " should be rendered as "
            + quoteAll(approved)
            + ", which "
            + targets
            + " does not contain",
        expected,
        null);
  }

  private static Finding forbidden(Lang lang, Segment segment, TermHit hit) {
    Concept concept = hit.concept();
    String english = concept.approved(Lang.EN).get(0).text();
    List<String> approved = concept.approved(lang).stream().map(Term::text).toList();
    String advice = approved.isEmpty() ? "" : "; use " + quoteAll(approved);
    return new Finding(
        RuleId.TERMINOLOGY_FORBIDDEN.id(),
        Severity.ERROR,
        lang.code(),
        List.of(segment.id()),
        List.of(segment.spanOf(hit.start(), hit.end())),
        "\"" + hit.found() + "\" in " + segment.id() + " is a forbidden rendering of \"" + english + "\"" + advice,
        String.join(" / ", approved),
        hit.found());
  }

  private static void inconsistent(Lang lang, List<Usage> usages, List<Finding> findings) {
    Map<String, List<Usage>> byTerm =
        usages.stream().collect(Collectors.groupingBy(u -> u.rendering.hit.term().text(), LinkedHashMap::new, Collectors.toList()));
    if (byTerm.size() < 2) {
      return;
    }
    String dominant =
        byTerm.entrySet().stream().max(Comparator.comparingInt(e -> e.getValue().size())).orElseThrow().getKey();
    String english = usages.get(0).source.hit.concept().approved(Lang.EN).get(0).text();
    byTerm.forEach(
        (term, list) -> {
          if (term.equals(dominant)) {
            return;
          }
          for (Usage u : list) {
            findings.add(
                new Finding(
                    RuleId.TERMINOLOGY_INCONSISTENT.id(),
                    Severity.WARNING,
                    lang.code(),
                    u.segments,
                    List.of(u.source.span(), u.rendering.span()),
                    "\""
                        + english
                        + "\" is rendered as \""
                        + u.rendering.hit.found()
                        + "\" in "
                        + u.rendering.segment.id()
                        + " but as \""
                        + dominant
                        + "\" elsewhere in this document",
                    dominant,
                    u.rendering.hit.found()));
          }
        });
  }

  private static String quoteAll(List<String> terms) {
    return terms.stream().map(t -> "\"" + t + "\"").collect(Collectors.joining(" or "));
  }

  private record Located(Segment segment, TermHit hit) {
    Span span() {
      return segment.spanOf(hit.start(), hit.end());
    }
  }

  private record Usage(Located rendering, Located source, List<String> segments) {}
}
