package org.rosetta.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.rosetta.text.Lang;
import org.rosetta.web.ReviewPage.Cell;
import org.rosetta.web.ReviewPage.FindingView;
import org.rosetta.web.ReviewPage.LinkView;
import org.rosetta.web.ReviewPage.Option;
import org.rosetta.web.ReviewPage.Piece;
import org.rosetta.web.ReviewPage.Row;
import org.rosetta.web.ReviewPage.SegmentView;

/**
 * Builds the review page from a check as the API returns it, so the page shows exactly what the
 * JSON contract says.
 */
final class ReviewPages {
  /** Links below this confidence are shown as doubtful, below the other as weak. */
  private static final double HIGH = 0.8;

  private static final double LOW = 0.5;

  private ReviewPages() {}

  private record Mark(int from, int to, JsonNode finding) {}

  static ReviewPage build(JsonNode check) {
    JsonNode doc = check.path("documents").path(0);
    Map<String, List<Mark>> marks = new HashMap<>();
    TreeSet<String> rules = new TreeSet<>();
    for (JsonNode f : doc.path("findings")) {
      rules.add(f.path("rule").asText());
      for (JsonNode span : f.path("spans")) {
        marks.computeIfAbsent(span.path("segment").asText(), k -> new ArrayList<>())
            .add(new Mark(span.path("start").asInt(), span.path("end").asInt(), f));
      }
    }
    Map<String, SegmentView> views = new HashMap<>();
    List<String> english = new ArrayList<>();
    Map<String, Integer> paragraphs = new HashMap<>();
    List<Option> options = new ArrayList<>();
    for (Map.Entry<String, JsonNode> text : doc.path("texts").properties()) {
      for (JsonNode s : text.getValue().path("segments")) {
        String id = s.path("id").asText();
        String unit = s.hasNonNull("unit") ? s.path("unit").asText() : null;
        views.put(id, segment(id, unit, s.path("heading").asBoolean(false), s.path("text").asText(), s.path("start").asInt(), marks.getOrDefault(id, List.of())));
        if (text.getKey().equals("en")) {
          english.add(id);
          paragraphs.put(id, s.path("paragraph").asInt());
          options.add(new Option(id, id + ": " + abbreviate(s.path("text").asText())));
        }
      }
    }
    List<String> targets = new ArrayList<>();
    Map<String, List<JsonNode>> linksByLang = new HashMap<>();
    for (Lang lang : Lang.targets()) {
      JsonNode links = doc.path("alignments").path(lang.code());
      if (links.isArray()) {
        targets.add(lang.code());
        List<JsonNode> list = new ArrayList<>();
        links.forEach(list::add);
        linksByLang.put(lang.code(), list);
      }
    }
    List<Row> rows = rows(english, paragraphs, targets, linksByLang, views, doc.path("findings"));
    JsonNode review = check.path("review");
    JsonNode glossary = check.path("glossary");
    return new ReviewPage(
        check.path("id").asLong(),
        check.path("name").asText(),
        check.path("version").asLong(),
        check.path("createdAt").asText(),
        glossary.isNull() || glossary.isMissingNode() ? null : glossary.path("name").asText(),
        check.path("bilingual").path("name").asText(null),
        targets,
        rows,
        List.copyOf(rules),
        options,
        review.path("links").asLong(),
        review.path("reviewed").asLong());
  }

  /**
   * Cuts the English text where every translation's alignment has a link boundary, so each row
   * holds whole links of both translations.
   */
  private static List<Row> rows(
      List<String> english, Map<String, Integer> paragraphs, List<String> targets, Map<String, List<JsonNode>> links, Map<String, SegmentView> views, JsonNode findings) {
    int n = english.size();
    boolean[] cut = new boolean[n + 1];
    java.util.Arrays.fill(cut, true);
    for (String lang : targets) {
      boolean[] boundary = new boolean[n + 1];
      boundary[0] = true;
      boundary[n] = true;
      int source = 0;
      for (JsonNode link : links.get(lang)) {
        source += link.path("source").size();
        boundary[source] = true;
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
    List<List<SegmentView>> rowEnglish = new ArrayList<>();
    for (int r = 0; r < starts.size(); r++) {
      int end = r + 1 < starts.size() ? starts.get(r + 1) : n;
      rowEnglish.add(english.subList(starts.get(r), end).stream().map(views::get).toList());
    }
    List<Map<String, List<LinkView>>> rowLinks = new ArrayList<>();
    starts.forEach(s -> rowLinks.add(new HashMap<>()));
    for (String lang : targets) {
      int source = 0;
      for (JsonNode link : links.get(lang)) {
        int row = rowOf(starts, Math.min(source, Math.max(n - 1, 0)));
        rowLinks.get(row).computeIfAbsent(lang, k -> new ArrayList<>()).add(link(lang, link, views, findings));
        source += link.path("source").size();
      }
    }
    List<Row> rows = new ArrayList<>();
    for (int r = 0; r < starts.size(); r++) {
      List<Cell> cells = new ArrayList<>();
      for (String lang : targets) {
        cells.add(new Cell(lang, Lang.of(lang).rightToLeft(), rowLinks.get(r).getOrDefault(lang, List.of())));
      }
      // A row starts a paragraph when its first English sentence is in another paragraph than the
      // last sentence of the row before: the page keeps the document's paragraphs apart.
      boolean paragraphStart = r == 0 || !paragraphs.get(english.get(starts.get(r))).equals(paragraphs.get(english.get(starts.get(r) - 1)));
      rows.add(new Row(r + 1, rowEnglish.get(r), cells, paragraphStart));
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

  private static LinkView link(String lang, JsonNode link, Map<String, SegmentView> views, JsonNode findings) {
    List<String> ids = new ArrayList<>();
    link.path("source").forEach(s -> ids.add(s.asText()));
    List<String> targetIds = new ArrayList<>();
    link.path("target").forEach(s -> targetIds.add(s.asText()));
    List<FindingView> about = new ArrayList<>();
    for (JsonNode f : findings) {
      if (!f.path("language").asText().equals(lang)) {
        continue;
      }
      boolean concerns = false;
      for (JsonNode s : f.path("segments")) {
        concerns |= ids.contains(s.asText()) || targetIds.contains(s.asText());
      }
      if (concerns) {
        List<String> suggestions = new ArrayList<>();
        f.path("suggestions").forEach(x -> suggestions.add(x.asText()));
        about.add(new FindingView(f.path("rule").asText(), f.path("severity").asText(), f.path("message").asText(), suggestions));
      }
    }
    double score = link.path("score").asDouble();
    return new LinkView(
        link.path("id").asLong(),
        lang,
        ids.size() + "-" + targetIds.size(),
        score,
        score >= HIGH ? "high" : score >= LOW ? "medium" : "low",
        link.path("status").asText("unreviewed"),
        link.path("reviewer").isNull() ? null : link.path("reviewer").asText(null),
        link.path("version").asLong(),
        targetIds.stream().map(views::get).toList(),
        ids,
        about);
  }

  /**
   * Splits a segment's text at the spans that findings mark; overlapping marks keep the first.
   *
   * @param unit the bilingual file's unit the segment is in, or null
   * @param heading whether the segment is in one of the document's headings
   */
  private static SegmentView segment(String id, String unit, boolean heading, String text, int start, List<Mark> marks) {
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
      JsonNode f = m.finding();
      pieces.add(new Piece(slice(text, from, to), f.path("rule").asText(), f.path("severity").asText(), f.path("message").asText()));
      at = to;
    }
    if (at < length) {
      pieces.add(new Piece(slice(text, at, length), null, null, null));
    }
    return new SegmentView(id, unit, heading, pieces);
  }

  private static String slice(String text, int fromCodePoint, int toCodePoint) {
    int from = text.offsetByCodePoints(0, fromCodePoint);
    int to = text.offsetByCodePoints(from, toCodePoint - fromCodePoint);
    return text.substring(from, to);
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "…";
  }
}
