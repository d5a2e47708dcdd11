package org.rosetta.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rosetta.align.Link;
import org.rosetta.terminology.Concept;
import org.rosetta.terminology.FixSuggester;
import org.rosetta.terminology.Term;
import org.rosetta.terminology.TermHit;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;
import org.rosetta.text.SegmentId;
import org.rosetta.text.Span;

/**
 * Glossary compliance of every aligned pair: an English term calls for one of its approved target
 * terms in the linked sentences ({@code terminology.missing}), as many times as English names it
 * ({@code terminology.count}); a deprecated target term is an error where its English names the
 * concept or where it renders no English ({@code terminology.forbidden}, with the approved terms
 * inflected like it as suggestions); one English concept rendered by two
 * different approved terms of the same part of speech is inconsistent ({@code
 * terminology.inconsistent}, on the less frequent rendering).
 */
public final class TerminologyRule implements Rule {

  @Override
  public List<Finding> check(CheckContext context) {
    if (context.terms().isEmpty()) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    for (Lang lang : context.targets()) {
      Map<String, List<Usage>> usages = new LinkedHashMap<>();
      for (Link link : context.alignments().get(lang)) {
        if (link.isOmission()) {
          continue;
        }
        List<Located> source = hits(context, Lang.EN, context.sourceOf(link));
        List<Located> target = hits(context, lang, context.targetOf(lang, link));
        forbidden(context, lang, link, target, findings);
        if (link.isAddition()) {
          continue;
        }
        Map<String, List<Located>> sourceByConcept =
            source.stream().collect(Collectors.groupingBy(s -> s.hit.concept().id(), LinkedHashMap::new, Collectors.toList()));
        for (List<Located> mentions : sourceByConcept.values()) {
          Concept concept = mentions.get(0).hit.concept();
          if (concept.terms(lang).isEmpty()) {
            continue;
          }
          List<Located> renderings = renderings(context, lang, link, target, concept);
          List<Located> approved = renderings.stream().filter(t -> t.hit.term().status().approved()).toList();
          if (renderings.isEmpty()) {
            findings.add(missing(context, lang, link, mentions.get(0), concept));
          } else if (renderings.size() < mentions.size()) {
            findings.add(tooFew(context, lang, link, mentions, renderings));
          }
          for (Located r : approved) {
            String key = concept.id() + "\u0000" + r.hit.term().partOfSpeech();
            usages.computeIfAbsent(key, k -> new ArrayList<>()).add(new Usage(r, mentions.get(0), context.ids(lang, link)));
          }
        }
      }
      usages.values().forEach(list -> inconsistent(lang, list, findings));
    }
    return findings;
  }

  /**
   * Forbidden terms of a link's translation, where its English names the concept (even inside a
   * longer term) or it renders no English at all: "вестники" is a forbidden rendering of
   * "angels", not of "messengers".
   */
  private static void forbidden(CheckContext context, Lang lang, Link link, List<Located> target, List<Finding> findings) {
    for (Located t : target) {
      if (t.hit.term().status().approved()) {
        continue;
      }
      boolean concerned =
          link.isAddition()
              || context.sourceOf(link).stream().anyMatch(s -> context.terms().names(Lang.EN, s.text(), t.hit.concept()));
      if (concerned) {
        findings.add(forbidden(lang, t.segment, t.hit));
      }
    }
  }

  /**
   * The translation's renderings of a concept the English names: its own hits, and its terms inside
   * a longer term of another concept ("Президент России" of "President of Russia" renders
   * President and Russia too), once each.
   */
  private static List<Located> renderings(CheckContext context, Lang lang, Link link, List<Located> target, Concept concept) {
    List<Located> out = new ArrayList<>(target.stream().filter(t -> t.hit.concept().id().equals(concept.id())).toList());
    for (Segment segment : context.targetOf(lang, link)) {
      for (TermHit inner : context.terms().findAll(lang, segment.text())) {
        boolean insideAnother =
            target.stream()
                .anyMatch(t -> t.segment == segment && !t.hit.concept().id().equals(concept.id()) && t.hit.start() <= inner.start() && inner.end() <= t.hit.end());
        boolean counted = out.stream().anyMatch(o -> o.segment == segment && o.hit.overlaps(inner));
        if (inner.concept().id().equals(concept.id()) && inner.term().status().approved() && insideAnother && !counted) {
          out.add(new Located(segment, inner));
        }
      }
    }
    return out;
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
    String targets = Segment.listedIds(context.targetOf(lang, link));
    return new Finding(
        RuleId.TERMINOLOGY_MISSING,
        Severity.ERROR,
        lang,
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

  private static Finding tooFew(CheckContext context, Lang lang, Link link, List<Located> mentions, List<Located> renderings) {
    Concept concept = mentions.get(0).hit.concept();
    String english = mentions.get(0).hit.found();
    String sources = SegmentId.listed(mentions.stream().map(m -> m.segment.id()).distinct().toList());
    String targets = Segment.listedIds(context.targetOf(lang, link));
    List<Span> spans = new ArrayList<>();
    mentions.forEach(m -> spans.add(m.span()));
    renderings.forEach(r -> spans.add(r.span()));
    return new Finding(
        RuleId.TERMINOLOGY_COUNT,
        Severity.WARNING,
        lang,
        context.ids(lang, link),
        spans,
        "\""
            + english
            + "\" occurs "
            + times(mentions.size())
            + " in "
            + sources
            + " but is rendered only "
            + times(renderings.size())
            + " in "
            + targets
            + ": is one mention left out?",
        String.join(" / ", concept.approved(lang).stream().map(Term::text).toList()),
        null);
  }

  private static String times(int n) {
    return switch (n) {
      case 1 -> "once";
      case 2 -> "twice";
      default -> n + " times";
    };
  }

  private static Finding forbidden(Lang lang, Segment segment, TermHit hit) {
    Concept concept = hit.concept();
    String english = concept.approved(Lang.EN).get(0).text();
    List<String> approved = concept.approved(lang).stream().map(Term::text).toList();
    String advice = approved.isEmpty() ? "" : "; use " + quoteAll(approved);
    return new Finding(
        RuleId.TERMINOLOGY_FORBIDDEN,
        Severity.ERROR,
        lang,
        List.of(segment.id()),
        List.of(segment.spanOf(hit.start(), hit.end())),
        "\"" + hit.found() + "\" in " + segment.id() + " is a forbidden rendering of \"" + english + "\"" + advice,
        String.join(" / ", approved),
        hit.found(),
        FixSuggester.suggest(lang, hit));
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
                    RuleId.TERMINOLOGY_INCONSISTENT,
                    Severity.WARNING,
                    lang,
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

  private record Usage(Located rendering, Located source, List<SegmentId> segments) {}
}
