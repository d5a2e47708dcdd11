package org.rosetta.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.rosetta.align.Link;
import org.rosetta.check.Finding;
import org.rosetta.report.DocumentReport;
import org.rosetta.report.TextReport;
import org.rosetta.report.mqm.FindingKey;
import org.rosetta.report.mqm.MqmSeverity;
import org.rosetta.report.mqm.Scorecard;
import org.rosetta.review.FindingVerdict;
import org.rosetta.review.ReviewProgress;
import org.rosetta.review.ReviewedCheck;
import org.rosetta.review.StoredCheck;
import org.rosetta.review.StoredFindingDecision;
import org.rosetta.review.StoredLink;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;
import org.rosetta.text.SegmentId;
import org.rosetta.text.Span;
import org.rosetta.web.ReviewPage.Cell;
import org.rosetta.web.ReviewPage.FindingView;
import org.rosetta.web.ReviewPage.LinkView;
import org.rosetta.web.ReviewPage.Option;
import org.rosetta.web.ReviewPage.Piece;
import org.rosetta.web.ReviewPage.Row;
import org.rosetta.web.ReviewPage.ScorecardView;
import org.rosetta.web.ReviewPage.SegmentView;

/**
 * Builds the review page from the typed stored check, the same one the API writes as JSON and the
 * exports read, so the page shows exactly what the JSON contract says.
 */
final class ReviewPages {
  /** Links below this confidence are shown as doubtful, below the other as weak. */
  private static final double HIGH = 0.8;

  private static final double LOW = 0.5;

  private ReviewPages() {}

  private record Mark(int from, int to, Finding finding) {}

  /**
   * @param decisions reviewers' decisions on the findings, by finding key
   * @param scorecards the MQM scorecard of each translation
   */
  static ReviewPage build(ReviewedCheck reviewed, Map<String, StoredFindingDecision> decisions, List<Scorecard> scorecards) {
    StoredCheck check = reviewed.check();
    DocumentReport doc = reviewed.report();
    Map<SegmentId, List<Mark>> marks = new HashMap<>();
    TreeSet<String> rules = new TreeSet<>();
    for (Finding f : doc.findings()) {
      rules.add(f.rule().id());
      for (Span span : f.spans()) {
        marks.computeIfAbsent(span.segment(), k -> new ArrayList<>()).add(new Mark(span.start(), span.end(), f));
      }
    }
    Map<SegmentId, SegmentView> views = new HashMap<>();
    for (TextReport text : doc.texts().values()) {
      for (Segment s : text.segments()) {
        views.put(s.id(), segment(s, text.unit(s.index()), text.isHeading(s.index()), marks.getOrDefault(s.id(), List.of())));
      }
    }
    List<Segment> english = doc.texts().get(Lang.EN).segments();
    List<Option> options = english.stream().map(s -> new Option(s.id().toString(), s.id() + ": " + abbreviate(s.text()))).toList();
    List<Lang> targets = java.util.Arrays.stream(Lang.targets()).filter(doc.alignments()::containsKey).toList();
    List<Row> rows = rows(reviewed, english, targets, views, decisions);
    ReviewProgress progress = reviewed.progress();
    return new ReviewPage(
        check.id,
        check.name,
        check.version,
        check.createdAt.toString(),
        check.glossaryName,
        check.bilingualName,
        targets.stream().map(Lang::code).toList(),
        rows,
        List.copyOf(rules),
        options,
        progress.links(),
        progress.reviewed(),
        scorecards.stream().map(ReviewPages::scorecard).toList());
  }

  private static ScorecardView scorecard(Scorecard card) {
    return new ScorecardView(
        card.lang(),
        Lang.of(card.lang()).displayName(),
        card.words(),
        card.errors().get(MqmSeverity.MINOR),
        card.errors().get(MqmSeverity.MAJOR),
        card.errors().get(MqmSeverity.CRITICAL),
        String.format(java.util.Locale.ROOT, "%.1f", card.perThousand()),
        String.format(java.util.Locale.ROOT, "%.0f", card.passAtMost()),
        card.pass(),
        card.open());
  }

  /** A decision as the finding's line says it: "error: accuracy, major — alice", "false alarm: a name kept in Latin — bob". */
  private static String decided(StoredFindingDecision d) {
    return d.decision == FindingVerdict.CONFIRMED
        ? "error: " + d.category.code() + ", " + d.severity.code() + " — " + d.username
        : "false alarm: " + d.reason + " — " + d.username;
  }

  /**
   * Cuts the English text where every translation's alignment has a link boundary, so each row
   * holds whole links of both translations.
   */
  private static List<Row> rows(
      ReviewedCheck reviewed, List<Segment> english, List<Lang> targets, Map<SegmentId, SegmentView> views, Map<String, StoredFindingDecision> decisions) {
    DocumentReport doc = reviewed.report();
    int n = english.size();
    boolean[] cut = new boolean[n + 1];
    java.util.Arrays.fill(cut, true);
    for (Lang lang : targets) {
      boolean[] boundary = new boolean[n + 1];
      boundary[0] = true;
      boundary[n] = true;
      for (Link link : doc.alignments().get(lang)) {
        boundary[link.sourceTo()] = true;
      }
      for (int i = 0; i <= n; i++) {
        cut[i] &= boundary[i];
      }
    }
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (cut[i]) {
        starts.add(i);
      }
    }
    if (starts.isEmpty()) {
      starts.add(0);
    }
    List<Map<Lang, List<LinkView>>> rowLinks = new ArrayList<>();
    List<Map<Lang, List<Link>>> rowAlignments = new ArrayList<>();
    starts.forEach(s -> {
      rowLinks.add(new EnumMap<>(Lang.class));
      rowAlignments.add(new EnumMap<>(Lang.class));
    });
    Map<Lang, List<Segment>> translations = new EnumMap<>(Lang.class);
    FindingsBySegment findings = new FindingsBySegment(doc.findings());
    for (Lang lang : targets) {
      List<Link> links = doc.alignments().get(lang);
      List<Segment> translation = doc.texts().get(lang).segments();
      translations.put(lang, translation);
      for (int i = 0; i < links.size(); i++) {
        Link link = links.get(i);
        int row = rowOf(starts, Math.min(link.sourceFrom(), Math.max(n - 1, 0)));
        rowLinks.get(row).computeIfAbsent(lang, k -> new ArrayList<>())
            .add(link(lang, link, reviewed.row(lang, i), english, translation, views, findings, decisions));
        rowAlignments.get(row).computeIfAbsent(lang, k -> new ArrayList<>()).add(link);
      }
    }
    List<Row> rows = new ArrayList<>();
    for (int r = 0; r < starts.size(); r++) {
      int start = starts.get(r);
      int end = r + 1 < starts.size() ? starts.get(r + 1) : n;
      List<SegmentView> rowEnglish = english.subList(start, end).stream().map(s -> views.get(s.id())).toList();
      List<Cell> cells = new ArrayList<>();
      for (Lang lang : targets) {
        cells.add(new Cell(lang.code(), lang.rightToLeft(), rowLinks.get(r).getOrDefault(lang, List.of())));
      }
      // A row starts a paragraph when its first English sentence is in another paragraph than the
      // last sentence of the row before: the page keeps the document's paragraphs apart.
      boolean paragraphStart = r == 0 || english.get(start).paragraph() != english.get(start - 1).paragraph();
      rows.add(new Row(r + 1, start, end, rowEnglish, cells, paragraphStart, VersionsNote.of(rowAlignments.get(r), english, translations)));
    }
    return rows;
  }

  private static int rowOf(List<Integer> starts, int source) {
    int row = 0;
    for (int r = 0; r < starts.size(); r++) {
      if (starts.get(r) <= source) {
        row = r;
      }
    }
    return row;
  }

  private static LinkView link(
      Lang lang,
      Link link,
      StoredLink row,
      List<Segment> english,
      List<Segment> translation,
      Map<SegmentId, SegmentView> views,
      FindingsBySegment findings,
      Map<String, StoredFindingDecision> decisions) {
    List<SegmentId> ids = english.subList(link.sourceFrom(), link.sourceTo()).stream().map(Segment::id).toList();
    List<SegmentId> targetIds = translation.subList(link.targetFrom(), link.targetTo()).stream().map(Segment::id).toList();
    List<FindingView> about = new ArrayList<>();
    for (Finding f : findings.about(lang, ids, targetIds)) {
      String key = FindingKey.of(f);
      StoredFindingDecision decision = decisions.get(key);
      about.add(
          new FindingView(
              key,
              f.rule().id(),
              f.severity().code(),
              f.message(),
              f.suggestions(),
              decision == null ? "open" : decision.decision.code(),
              decision == null ? "" : decided(decision)));
    }
    double score = link.score();
    return new LinkView(
        row.id,
        lang.code(),
        ids.size() + "-" + targetIds.size(),
        score,
        score >= HIGH ? "high" : score >= LOW ? "medium" : "low",
        row.status.code(),
        row.reviewer,
        row.version,
        targetIds.stream().map(views::get).toList(),
        ids.stream().map(SegmentId::toString).toList(),
        about);
  }

  /**
   * Splits a segment's text at the spans that findings mark; overlapping marks keep the first.
   *
   * @param unit the bilingual file's unit the segment is in, or null
   * @param heading whether the segment is in one of the document's headings
   */
  private static SegmentView segment(Segment segment, String unit, boolean heading, List<Mark> marks) {
    String text = segment.text();
    int start = segment.start();
    List<Piece> pieces = new ArrayList<>();
    List<Mark> sorted = marks.stream().sorted(java.util.Comparator.comparingInt(Mark::from)).toList();
    int at = 0;
    int length = text.codePointCount(0, text.length());
    for (Mark m : sorted) {
      int from = Math.max(m.from() - start, at);
      int to = Math.min(m.to() - start, length);
      if (from >= to) {
        continue;
      }
      if (from > at) {
        pieces.add(new Piece(slice(text, at, from), null, null, null));
      }
      Finding f = m.finding();
      pieces.add(new Piece(slice(text, from, to), f.rule().id(), f.severity().code(), f.message()));
      at = to;
    }
    if (at < length) {
      pieces.add(new Piece(slice(text, at, length), null, null, null));
    }
    return new SegmentView(segment.id().toString(), unit, heading, pieces);
  }

  private static String slice(String text, int fromCodePoint, int toCodePoint) {
    int from = text.offsetByCodePoints(0, fromCodePoint);
    int to = text.offsetByCodePoints(from, toCodePoint - fromCodePoint);
    return text.substring(from, to);
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "…";
  }

  /**
   * The report's findings by the sentences they name, so that each link of a long check finds
   * its own without reading all of them (a thousand links by hundreds of findings).
   */
  private static final class FindingsBySegment {
    private final List<Finding> findings;
    private final Map<SegmentId, List<Integer>> bySegment = new HashMap<>();

    FindingsBySegment(List<Finding> findings) {
      this.findings = findings;
      for (int i = 0; i < findings.size(); i++) {
        for (SegmentId id : findings.get(i).segments()) {
          bySegment.computeIfAbsent(id, k -> new ArrayList<>()).add(i);
        }
      }
    }

    /** The findings in a language that name one of these sentences, in the report's order. */
    List<Finding> about(Lang lang, List<SegmentId> english, List<SegmentId> translation) {
      TreeSet<Integer> found = new TreeSet<>();
      for (List<SegmentId> ids : List.of(english, translation)) {
        for (SegmentId id : ids) {
          found.addAll(bySegment.getOrDefault(id, List.of()));
        }
      }
      return found.stream().map(findings::get).filter(f -> f.language() == lang).toList();
    }
  }
}
