package org.rosetta.web;

import java.util.List;
import org.rosetta.bilingual.BilingualFormat;
import org.rosetta.text.Lang;

/**
 * What the review page shows: rows of English sentences with the links of each translation that
 * render them, findings marked on their exact spans.
 *
 * @param bilingual the bilingual file the check was made from, or null
 */
public record ReviewPage(
    long id,
    String name,
    long version,
    String createdAt,
    String glossary,
    String bilingual,
    List<String> targets,
    List<Row> rows,
    List<String> rules,
    List<Option> englishSegments,
    long links,
    long reviewed,
    List<ScorecardView> scorecards) {

  /** Whether the check goes back to the CAT tool as its own XLIFF file with notes. */
  public boolean xliffBack() {
    return bilingual != null && BilingualFormat.of(bilingual).orElse(null) == BilingualFormat.XLIFF;
  }

  /** The translations' names for the column headings, in the order of {@link #targets}. */
  public List<String> targetNames() {
    return targets.stream().map(code -> Lang.of(code).displayName()).toList();
  }

  /**
   * Whether the check is long enough for the browser to lay out only the rows near the screen:
   * below this, laying out every row costs little, and content sized only once it is in view
   * would move while a reviewer (or a test's click) aims at it.
   */
  public boolean manyLinks() {
    return links > 300;
  }

  /** The rows where the translations treat the English sentences differently ({@link Row#versions}). */
  public List<Row> disagreements() {
    return rows.stream().filter(row -> !row.versions().isEmpty()).toList();
  }

  /**
   * A block of English sentences that no link of either translation crosses.
   *
   * @param englishFrom the index of its first English sentence, from 0
   * @param englishTo the index after its last: the page asks for the rows of a stretch that changed by these
   * @param paragraphStart whether the block begins a paragraph of the English text
   * @param versions where the translations disagree about these sentences (one leaves out what
   *     the other renders, or they link them differently), or empty
   */
  public record Row(int number, int englishFrom, int englishTo, List<SegmentView> english, List<Cell> cells, boolean paragraphStart, String versions) {
    /** Whether it holds an English sentence of {@code [from, to)}, or, for an empty stretch, the place {@code from}. */
    boolean covers(int from, int to) {
      return from < englishTo && Math.max(to, from + 1) > englishFrom;
    }
  }

  /** The same page with only these of its rows: what the page replaces after a change. */
  ReviewPage withRows(List<Row> only) {
    return new ReviewPage(id, name, version, createdAt, glossary, bilingual, targets, only, rules, englishSegments, links, reviewed, scorecards);
  }

  /** The links of one translation within a row. */
  public record Cell(String lang, boolean rightToLeft, List<LinkView> links) {}

  public record LinkView(
      long id,
      String lang,
      String shape,
      double score,
      String confidence,
      String status,
      String reviewer,
      long version,
      List<SegmentView> targets,
      List<String> sourceIds,
      List<FindingView> findings) {
    public String scoreText() {
      return String.format(java.util.Locale.ROOT, "%.2f", score);
    }
  }

  /**
   * @param unit the bilingual file's unit the segment is in, or null
   * @param heading whether the segment is in one of the document's headings
   */
  public record SegmentView(String id, String unit, boolean heading, List<Piece> pieces) {}

  /** A run of a segment's text, marked when a finding points at it. */
  public record Piece(String text, String rule, String severity, String message) {
    public boolean marked() {
      return rule != null;
    }
  }

  /**
   * A finding under its link, with the replacements a reviewer can copy (forbidden terms) and what
   * a reviewer decided of it.
   *
   * @param decision {@code open}, {@code confirmed} or {@code dismissed}
   * @param decided the decision in words, empty while open
   */
  public record FindingView(String key, String rule, String severity, String message, List<String> suggestions, String decision, String decided) {
    public boolean open() {
      return decision.equals("open");
    }
  }

  /** A translation's MQM scorecard as the page's head shows it. */
  public record ScorecardView(
      String lang, String language, int words, int minor, int major, int critical, String perThousand, String passAtMost, boolean pass, int open) {}

  public record Option(String value, String label) {}
}
