package org.rosetta.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rosetta.align.Link;
import org.rosetta.check.Finding;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;
import org.rosetta.text.SegmentId;

/**
 * A document's two alignments joined on their English: one row per stretch of English that the
 * Russian and the Hebrew links both close (a merge in one translation widens the row for both),
 * and a row of its own for each added sentence, after the row it follows. The row model of the
 * side-by-side spreadsheet.
 */
public final class SideBySide {
  /**
   * One row.
   *
   * @param english the English sentences; empty for an addition
   * @param translations each translation's sentences in the row (absent or empty when it has none)
   * @param links each translation's links in the row, for their shape and confidence
   * @param findings the findings that concern the row's sentences
   */
  public record Row(List<Segment> english, Map<Lang, List<Segment>> translations, Map<Lang, List<Link>> links, List<Finding> findings) {}

  private SideBySide() {}

  public static List<Row> rows(DocumentReport report) {
    List<Segment> english = report.texts().get(Lang.EN).segments();
    List<int[]> groups = groups(report, english.size());
    int[] groupOf = new int[english.size()];
    for (int g = 0; g < groups.size(); g++) {
      for (int s = groups.get(g)[0]; s < groups.get(g)[1]; s++) {
        groupOf[s] = g;
      }
    }
    List<Map<Lang, List<Link>>> grouped = new ArrayList<>();
    groups.forEach(g -> grouped.add(new EnumMap<>(Lang.class)));
    // Additions after group g (g = -1: before the first), per language, in order.
    Map<Integer, List<Map.Entry<Lang, Link>>> additions = new java.util.TreeMap<>();
    for (Map.Entry<Lang, List<Link>> alignment : report.alignments().entrySet()) {
      int last = -1;
      for (Link link : alignment.getValue()) {
        if (link.isAddition()) {
          additions.computeIfAbsent(last, k -> new ArrayList<>()).add(Map.entry(alignment.getKey(), link));
        } else {
          last = groupOf[link.sourceFrom()];
          grouped.get(last).computeIfAbsent(alignment.getKey(), k -> new ArrayList<>()).add(link);
        }
      }
    }
    List<Row> rows = new ArrayList<>();
    additions.getOrDefault(-1, List.of()).forEach(a -> rows.add(addition(report, a.getKey(), a.getValue())));
    for (int g = 0; g < groups.size(); g++) {
      Map<Lang, List<Segment>> translations = new EnumMap<>(Lang.class);
      grouped.get(g).forEach((lang, links) -> translations.put(lang, targets(report, lang, links)));
      rows.add(row(report, english.subList(groups.get(g)[0], groups.get(g)[1]), translations, grouped.get(g)));
      additions.getOrDefault(g, List.of()).forEach(a -> rows.add(addition(report, a.getKey(), a.getValue())));
    }
    return rows;
  }

  /** The English stretches: overlapping source ranges of all translations' links, merged. */
  private static List<int[]> groups(DocumentReport report, int englishCount) {
    int[] reach = new int[englishCount];
    for (int s = 0; s < englishCount; s++) {
      reach[s] = s + 1;
    }
    for (List<Link> links : report.alignments().values()) {
      for (Link link : links) {
        if (!link.isAddition()) {
          reach[link.sourceFrom()] = Math.max(reach[link.sourceFrom()], link.sourceTo());
        }
      }
    }
    List<int[]> groups = new ArrayList<>();
    int from = 0;
    while (from < englishCount) {
      int to = reach[from];
      for (int s = from; s < to; s++) {
        to = Math.max(to, reach[s]);
      }
      groups.add(new int[] {from, to});
      from = to;
    }
    return groups;
  }

  private static Row addition(DocumentReport report, Lang lang, Link link) {
    Map<Lang, List<Segment>> translations = new EnumMap<>(Lang.class);
    translations.put(lang, targets(report, lang, List.of(link)));
    Map<Lang, List<Link>> links = new EnumMap<>(Lang.class);
    links.put(lang, List.of(link));
    return row(report, List.of(), translations, links);
  }

  private static List<Segment> targets(DocumentReport report, Lang lang, List<Link> links) {
    List<Segment> segments = report.texts().get(lang).segments();
    List<Segment> out = new ArrayList<>();
    links.forEach(l -> out.addAll(segments.subList(l.targetFrom(), l.targetTo())));
    return out;
  }

  private static Row row(DocumentReport report, List<Segment> english, Map<Lang, List<Segment>> translations, Map<Lang, List<Link>> links) {
    Set<SegmentId> ids = new HashSet<>(english.stream().map(Segment::id).toList());
    translations.values().forEach(list -> list.forEach(s -> ids.add(s.id())));
    List<Finding> findings = report.findings().stream().filter(f -> f.segments().stream().anyMatch(ids::contains)).toList();
    return new Row(english, translations, links, findings);
  }
}
