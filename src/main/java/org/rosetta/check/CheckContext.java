package org.rosetta.check;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rosetta.align.Link;
import org.rosetta.detect.Detection;
import org.rosetta.lexicon.Lexicons;
import org.rosetta.terminology.TermMatcher;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;
import org.rosetta.text.SegmentId;

/**
 * What the rules see: the segments of every text present, the language detected for each
 * segment, the alignment of English with each target, the glossary's matcher, and the lexicons
 * the alignment had (memory, built-in, the batch's own), and the batch's length norms, if any.
 */
public record CheckContext(
    Map<Lang, List<Segment>> segments,
    Map<Lang, List<Detection>> detections,
    Map<Lang, List<Link>> alignments,
    TermMatcher terms,
    Lexicons lexicons,
    Map<Lang, LengthNorm> lengthNorms) {

  public CheckContext {
    Objects.requireNonNull(terms, "terms: TermMatcher.NONE for no glossary");
    lengthNorms = Map.copyOf(lengthNorms);
  }

  /** Without a batch's length norms: each document's lengths are judged against its own. */
  public CheckContext(
      Map<Lang, List<Segment>> segments, Map<Lang, List<Detection>> detections, Map<Lang, List<Link>> alignments, TermMatcher terms, Lexicons lexicons) {
    this(segments, detections, alignments, terms, lexicons, Map.of());
  }

  /** Without lexicons: the rules that judge words by them ({@link Rendering}) say nothing. */
  public CheckContext(
      Map<Lang, List<Segment>> segments, Map<Lang, List<Detection>> detections, Map<Lang, List<Link>> alignments, TermMatcher terms) {
    this(segments, detections, alignments, terms, Lexicons.NONE);
  }

  /** The same document judged with a batch's length norms ({@link LengthNorm#ofBatch}). */
  public CheckContext withLengthNorms(Map<Lang, LengthNorm> norms) {
    return new CheckContext(segments, detections, alignments, terms, lexicons, norms);
  }

  public List<Segment> source() {
    return segments.get(Lang.EN);
  }

  public List<Segment> segments(Lang lang) {
    return segments.getOrDefault(lang, List.of());
  }

  /** Target languages that were aligned, in a fixed order. */
  public List<Lang> targets() {
    return List.of(Lang.targets()).stream().filter(alignments::containsKey).toList();
  }

  /** Target languages written in another script than English: where a Latin word stands out. */
  public List<Lang> otherScriptTargets() {
    return targets().stream().filter(l -> l.script() != Character.UnicodeScript.LATIN).toList();
  }

  public List<Segment> sourceOf(Link link) {
    return source().subList(link.sourceFrom(), link.sourceTo());
  }

  public List<Segment> targetOf(Lang lang, Link link) {
    return segments(lang).subList(link.targetFrom(), link.targetTo());
  }

  /** The links of a translation that pair English sentences with translated ones: neither omissions nor additions. */
  public List<Link> pairingLinks(Lang lang) {
    return alignments.get(lang).stream().filter(l -> !l.isOmission() && !l.isAddition()).toList();
  }

  /** Ids of the link's source segments followed by its target segments. */
  public List<SegmentId> ids(Lang lang, Link link) {
    return Segment.ids(java.util.stream.Stream.concat(sourceOf(link).stream(), targetOf(lang, link).stream()).toList());
  }
}
