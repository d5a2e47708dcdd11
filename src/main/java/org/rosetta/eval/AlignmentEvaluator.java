package org.rosetta.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rosetta.align.Link;
import org.rosetta.check.Finding;
import org.rosetta.check.RuleId;
import org.rosetta.report.DocumentReport;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;
import org.rosetta.text.SegmentId;

/**
 * Scores a document's alignment against its gold: every predicted link is projected onto the
 * verses its segments overlap; verse pairs are compared with the gold pairs (v, v). Splitting a
 * verse over several links costs nothing; linking across verses does.
 */
public final class AlignmentEvaluator {

  public Scores score(DocumentReport report, GoldDocument gold, Lang lang) {
    Scores s = new Scores();
    List<Segment> en = report.texts().get(Lang.EN).segments();
    List<Segment> target = report.texts().get(lang).segments();
    List<Set<Integer>> enVerses = versesOf(en, gold, Lang.EN);
    List<Set<Integer>> targetVerses = versesOf(target, gold, lang);
    Set<Long> gold11 = new HashSet<>();
    for (int v = 0; v < gold.verses().size(); v++) {
      var spans = gold.verses().get(v).spans();
      if (spans.containsKey(Lang.EN) && spans.containsKey(lang)) {
        gold11.add(pair(v, v));
      }
    }
    Set<Integer> omittedVerses = droppedVerses(gold, lang);
    Set<Long> predicted = new HashSet<>();
    boolean[] enLinked = new boolean[en.size()];
    boolean[] targetLinked = new boolean[target.size()];
    for (Link link : report.alignments().get(lang)) {
      if (link.isOmission() || link.isAddition()) {
        continue;
      }
      for (int i = link.sourceFrom(); i < link.sourceTo(); i++) {
        enLinked[i] = true;
        for (int j = link.targetFrom(); j < link.targetTo(); j++) {
          targetLinked[j] = true;
          for (int a : enVerses.get(i)) {
            for (int b : targetVerses.get(j)) {
              predicted.add(pair(a, b));
            }
          }
        }
      }
    }
    s.predictedPairs = predicted.size();
    s.goldPairs = gold11.size();
    s.correctPairs = predicted.stream().filter(gold11::contains).count();
    for (Link link : report.alignments().get(lang)) {
      s.addLink(link.score(), isRight(link, enVerses, targetVerses, omittedVerses, target, gold.added().get(lang)));
    }
    omissions(s, unlinkedVerses(enVerses, enLinked), omittedVerses);
    additions(s, target, targetLinked, gold.added().get(lang));
    untranslated(s, report, target, gold.untranslated().get(lang), lang);
    return s;
  }

  /**
   * For each kind of defect inside a sentence, how many the gold has and how many an error or a
   * warning flags on its own sentence: a finding in the translation's language that marks words
   * of the damaged verse.
   *
   * @param flaggedByKind filled: kind → {defects, flagged}
   */
  public void inside(DocumentReport report, GoldDocument gold, Lang lang, java.util.Map<String, int[]> flaggedByKind) {
    Set<SegmentId> targetIds = new HashSet<>();
    report.texts().get(lang).segments().forEach(s -> targetIds.add(s.id()));
    // What a finding marks in the translation, not every segment of its link: a merged link's
    // other verse is not flagged by a finding on this one.
    List<org.rosetta.text.Span> marked = new ArrayList<>();
    for (Finding f : report.findings()) {
      if (f.language() == lang && f.severity().atLeast(org.rosetta.check.Severity.WARNING)) {
        f.spans().stream().filter(s -> targetIds.contains(s.segment())).forEach(marked::add);
      }
    }
    for (GoldDocument.Inside defect : gold.inside().getOrDefault(lang, List.of())) {
      boolean flagged = marked.stream().anyMatch(s -> s.start() < defect.span()[1] && defect.span()[0] < s.end());
      int[] counts = flaggedByKind.computeIfAbsent(defect.kind(), k -> new int[2]);
      counts[0]++;
      counts[1] += flagged ? 1 : 0;
    }
  }

  /**
   * A dropped verse the alignment did not leave unlinked, or a verse it left unlinked that the
   * translation renders: what a reviewer tuning the aligner reads first. The same verses as the
   * omission counts of {@link #score}.
   *
   * @param missed true for a dropped verse that was linked, false for a false omission
   * @param linkedTo the translation it was linked with ("" for a false omission)
   * @param score the score of the link that holds its first English segment
   */
  public record OmissionError(String document, String verse, boolean missed, String english, String linkedTo, double score) {}

  public List<OmissionError> omissionErrors(DocumentReport report, GoldDocument gold, Lang lang) {
    List<Segment> en = report.texts().get(Lang.EN).segments();
    List<Segment> target = report.texts().get(lang).segments();
    List<Set<Integer>> enVerses = versesOf(en, gold, Lang.EN);
    List<Link> links = report.alignments().get(lang);
    Link[] linkOf = new Link[en.size()];
    boolean[] linked = new boolean[en.size()];
    for (Link link : links) {
      for (int i = link.sourceFrom(); i < link.sourceTo(); i++) {
        linkOf[i] = link;
        linked[i] = !link.isOmission();
      }
    }
    Set<Integer> dropped = droppedVerses(gold, lang);
    Set<Integer> unlinked = unlinkedVerses(enVerses, linked);
    List<OmissionError> out = new ArrayList<>();
    for (int v = 0; v < gold.verses().size(); v++) {
      if (dropped.contains(v) == unlinked.contains(v)) {
        continue;
      }
      boolean missed = dropped.contains(v);
      List<Segment> segments = new ArrayList<>();
      Link shown = null;
      for (int i = 0; i < en.size(); i++) {
        if (enVerses.get(i).contains(v)) {
          segments.add(en.get(i));
          if (shown == null || (missed && shown.isOmission())) {
            shown = linkOf[i];
          }
        }
      }
      if (shown == null) {
        continue;
      }
      String linkedTo = missed ? Segment.joinedText(target.subList(shown.targetFrom(), shown.targetTo())) : "";
      out.add(new OmissionError(report.name(), gold.verses().get(v).id(), missed, Segment.joinedText(segments), linkedTo, shown.score()));
    }
    return out;
  }

  /**
   * Whether a link is what the gold says: every verse pair it makes is a gold pair; an omission
   * leaves out only verses the translation dropped; an addition holds only inserted sentences.
   */
  private static boolean isRight(
      Link link, List<Set<Integer>> enVerses, List<Set<Integer>> targetVerses, Set<Integer> omitted, List<Segment> target, List<int[]> added) {
    if (link.isOmission()) {
      for (int i = link.sourceFrom(); i < link.sourceTo(); i++) {
        if (enVerses.get(i).isEmpty() || !omitted.containsAll(enVerses.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (link.isAddition()) {
      for (int j = link.targetFrom(); j < link.targetTo(); j++) {
        if (!isAdded(target.get(j), added)) {
          return false;
        }
      }
      return true;
    }
    for (int i = link.sourceFrom(); i < link.sourceTo(); i++) {
      for (int j = link.targetFrom(); j < link.targetTo(); j++) {
        if (enVerses.get(i).isEmpty() || targetVerses.get(j).isEmpty()) {
          return false;
        }
        for (int a : enVerses.get(i)) {
          for (int b : targetVerses.get(j)) {
            if (a != b) {
              return false;
            }
          }
        }
      }
    }
    return true;
  }

  /** Verses the translation dropped: in the English, not in the translation. */
  private static Set<Integer> droppedVerses(GoldDocument gold, Lang lang) {
    Set<Integer> dropped = new HashSet<>();
    for (int v = 0; v < gold.verses().size(); v++) {
      var spans = gold.verses().get(v).spans();
      if (spans.containsKey(Lang.EN) && !spans.containsKey(lang)) {
        dropped.add(v);
      }
    }
    return dropped;
  }

  /** Verses none of whose English segments the alignment linked: the omissions it reports. */
  private static Set<Integer> unlinkedVerses(List<Set<Integer>> enVerses, boolean[] linked) {
    Set<Integer> unlinked = new HashSet<>();
    Set<Integer> linkedVerses = new HashSet<>();
    for (int i = 0; i < enVerses.size(); i++) {
      if (linked[i]) {
        linkedVerses.addAll(enVerses.get(i));
      } else {
        unlinked.addAll(enVerses.get(i));
      }
    }
    unlinked.removeAll(linkedVerses);
    return unlinked;
  }

  private static void omissions(Scores s, Set<Integer> predictedOmitted, Set<Integer> omitted) {
    s.omitted = omitted.size();
    s.omittedFound = omitted.stream().filter(predictedOmitted::contains).count();
    s.predictedOmissions = predictedOmitted.size();
    s.predictedOmissionsCorrect = predictedOmitted.stream().filter(omitted::contains).count();
  }

  private static void additions(Scores s, List<Segment> target, boolean[] linked, List<int[]> added) {
    s.added = added.size();
    for (int[] span : added) {
      boolean allFree = true;
      for (Segment t : target) {
        if (overlaps(t, span) && linked[t.index()]) {
          allFree = false;
        }
      }
      s.addedFound += allFree ? 1 : 0;
    }
    for (Segment t : target) {
      if (!linked[t.index()]) {
        s.predictedAdditions++;
        if (isAdded(t, added)) {
          s.predictedAdditionsCorrect++;
        }
      }
    }
  }

  private static void untranslated(Scores s, DocumentReport report, List<Segment> target, List<int[]> spans, Lang lang) {
    Set<SegmentId> flagged = new HashSet<>();
    for (Finding f : report.findings()) {
      if (f.rule() == RuleId.UNTRANSLATED && f.language() == lang) {
        flagged.addAll(f.segments());
      }
    }
    s.untranslated = spans.size();
    for (int[] span : spans) {
      boolean hit = target.stream().anyMatch(t -> overlaps(t, span) && flagged.contains(t.id()));
      s.untranslatedFlagged += hit ? 1 : 0;
    }
  }

  private static List<Set<Integer>> versesOf(List<Segment> segments, GoldDocument gold, Lang lang) {
    List<Set<Integer>> out = new ArrayList<>(segments.size());
    for (Segment seg : segments) {
      Set<Integer> verses = new HashSet<>();
      for (int v = 0; v < gold.verses().size(); v++) {
        int[] span = gold.verses().get(v).spans().get(lang);
        if (span != null && overlaps(seg, span)) {
          verses.add(v);
        }
      }
      out.add(verses);
    }
    return out;
  }

  /** Whether a target sentence is (part of) one the gold says was inserted. */
  private static boolean isAdded(Segment t, List<int[]> added) {
    return added.stream().anyMatch(span -> overlaps(t, span));
  }

  private static boolean overlaps(Segment s, int[] span) {
    return s.start() < span[1] && span[0] < s.end();
  }

  private static long pair(int a, int b) {
    return ((long) a << 32) | (b & 0xffffffffL);
  }
}
