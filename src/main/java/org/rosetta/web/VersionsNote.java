package org.rosetta.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.rosetta.align.Link;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;
import org.rosetta.text.SegmentId;

/**
 * What a row of the review page says when the translations treat its English sentences
 * differently: one renders a sentence the other leaves out, or they group the sentences into
 * links differently (one joins two English sentences that the other renders apart). Only Rosetta
 * sees both translations at once; a reviewer of one language would not notice either.
 */
final class VersionsNote {

  private VersionsNote() {}

  /**
   * @param links each translation's links of the row, in order
   * @param english the whole English text (the links' indexes point into it)
   * @param translations each translation's sentences
   * @return the note, or an empty string when the translations agree (or there is only one)
   */
  static String of(Map<Lang, List<Link>> links, List<Segment> english, Map<Lang, List<Segment>> translations) {
    if (links.size() < 2) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    Map<Lang, TreeSet<Integer>> left = new LinkedHashMap<>();
    Map<Lang, List<Link>> rendering = new LinkedHashMap<>();
    links.forEach((lang, ls) -> {
      TreeSet<Integer> out = new TreeSet<>();
      List<Link> in = new ArrayList<>();
      for (Link link : ls) {
        if (link.isOmission()) {
          for (int i = link.sourceFrom(); i < link.sourceTo(); i++) {
            out.add(i);
          }
        } else if (!link.isAddition()) {
          in.add(link);
        }
      }
      left.put(lang, out);
      rendering.put(lang, in);
    });
    left.forEach((lang, out) -> {
      List<String> theOthers = new ArrayList<>();
      TreeSet<Integer> onlyHere = new TreeSet<>(out);
      left.forEach((other, otherOut) -> {
        if (other != lang) {
          onlyHere.removeAll(otherOut);
          theOthers.add(other.displayName());
        }
      });
      if (!onlyHere.isEmpty()) {
        parts.add(lang.displayName() + " leaves out " + ids(onlyHere, english) + ", which " + String.join(" and ", theOthers) + " renders");
      }
    });
    if (groupingsDiffer(rendering, left)) {
      List<String> groupings = new ArrayList<>();
      rendering.forEach((lang, in) -> groupings.add(lang.displayName() + " " + grouping(in, english, translations.get(lang))));
      parts.add("linked differently: " + String.join("; ", groupings));
    }
    return String.join(". ", parts);
  }

  /**
   * Whether the translations group the English sentences that all of them render into different
   * links (sentences one of them leaves out are said apart and do not count here).
   */
  private static boolean groupingsDiffer(Map<Lang, List<Link>> rendering, Map<Lang, TreeSet<Integer>> left) {
    TreeSet<Integer> leftByAny = new TreeSet<>();
    left.values().forEach(leftByAny::addAll);
    List<List<List<Integer>>> groupings = new ArrayList<>();
    rendering.values().forEach(in -> {
      List<List<Integer>> groups = new ArrayList<>();
      for (Link link : in) {
        List<Integer> group = new ArrayList<>();
        for (int i = link.sourceFrom(); i < link.sourceTo(); i++) {
          if (!leftByAny.contains(i)) {
            group.add(i);
          }
        }
        if (!group.isEmpty()) {
          groups.add(group);
        }
      }
      groupings.add(groups);
    });
    return groupings.stream().distinct().count() > 1;
  }

  /** "en-3 + en-4 → ru-3, en-5 → ru-4 + ru-5". */
  private static String grouping(List<Link> in, List<Segment> english, List<Segment> translation) {
    List<String> groups = new ArrayList<>();
    for (Link link : in) {
      groups.add(joined(english.subList(link.sourceFrom(), link.sourceTo())) + " → " + joined(translation.subList(link.targetFrom(), link.targetTo())));
    }
    return String.join(", ", groups);
  }

  private static String joined(List<Segment> segments) {
    return String.join(" + ", segments.stream().map(s -> s.id().toString()).toList());
  }

  private static String ids(TreeSet<Integer> indexes, List<Segment> english) {
    return String.join(", ", indexes.stream().map(i -> english.get(i).id()).map(SegmentId::toString).toList());
  }
}
