package org.rosetta.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;

/**
 * Word pairs learned from the document itself, as hunalign does without a dictionary: after a
 * first pass, a source word and a target word that keep occurring in the same confident links
 * (Dice coefficient over links) are taken as translations, and serve as anchors in the second
 * pass. "Blessed" and "Блаженны" in the Sermon on the Mount, "God" and "אלהים" in Genesis: no
 * dictionary ships with Rosetta, yet each document teaches its own.
 */
final class DocumentDictionary {
  private static final int MIN_TOGETHER = 2;
  private static final double MIN_DICE = 0.6;
  private static final int MAX_PAIRS_PER_WORD = 2;
  private static final int PREFIX = 5;
  private static final double CONFIDENT = 0.7;

  private final Map<String, List<String>> sourceToPairs = new HashMap<>();
  private final Map<String, List<String>> targetToPairs = new HashMap<>();

  private DocumentDictionary() {}

  /** Learns from the one-to-one links of a first alignment pass. */
  static DocumentDictionary learn(List<Segment> source, List<Segment> target, List<Link> links) {
    List<Set<String>> sourceWords = new ArrayList<>();
    List<Set<String>> targetWords = new ArrayList<>();
    for (Link l : links) {
      if (l.sourceCount() == 1 && l.targetCount() == 1 && l.score() >= CONFIDENT) {
        sourceWords.add(words(source.get(l.sourceFrom())));
        targetWords.add(words(target.get(l.targetFrom())));
      }
    }
    Map<String, Integer> sourceFreq = frequencies(sourceWords);
    Map<String, Integer> targetFreq = frequencies(targetWords);
    int tooCommon = Math.max(4, sourceWords.size() / 3);
    Map<String, Integer> together = new HashMap<>();
    for (int k = 0; k < sourceWords.size(); k++) {
      for (String s : sourceWords.get(k)) {
        int fs = sourceFreq.get(s);
        if (fs < MIN_TOGETHER || fs > tooCommon) {
          continue;
        }
        for (String t : targetWords.get(k)) {
          int ft = targetFreq.get(t);
          if (ft >= MIN_TOGETHER && ft <= tooCommon) {
            together.merge(s + '\u0000' + t, 1, Integer::sum);
          }
        }
      }
    }
    DocumentDictionary dictionary = new DocumentDictionary();
    together.entrySet().stream()
        .filter(e -> e.getValue() >= MIN_TOGETHER)
        .map(e -> {
          String[] pair = e.getKey().split("\u0000");
          double dice = 2.0 * e.getValue() / (sourceFreq.get(pair[0]) + targetFreq.get(pair[1]));
          return new Object[] {pair[0], pair[1], dice};
        })
        .filter(p -> (double) p[2] >= MIN_DICE)
        .sorted((a, b) -> Double.compare((double) b[2], (double) a[2]))
        .forEach(p -> dictionary.add((String) p[0], (String) p[1]));
    return dictionary;
  }

  private void add(String source, String target) {
    List<String> s = sourceToPairs.computeIfAbsent(source, k -> new ArrayList<>());
    List<String> t = targetToPairs.computeIfAbsent(target, k -> new ArrayList<>());
    if (s.size() < MAX_PAIRS_PER_WORD && t.size() < MAX_PAIRS_PER_WORD) {
      String id = source + "=" + target;
      s.add(id);
      t.add(id);
    }
  }

  /** Dictionary anchors of a source (English) segment. */
  List<Anchor> sourceAnchors(Segment segment) {
    return anchors(segment, sourceToPairs);
  }

  /** Dictionary anchors of a target segment. */
  List<Anchor> targetAnchors(Segment segment) {
    return anchors(segment, targetToPairs);
  }

  private static List<Anchor> anchors(Segment segment, Map<String, List<String>> pairs) {
    List<Anchor> out = new ArrayList<>();
    for (String w : words(segment)) {
      for (String id : pairs.getOrDefault(w, List.of())) {
        out.add(new Anchor(AnchorKind.LEARNED, id));
      }
    }
    return out;
  }

  private static Map<String, Integer> frequencies(List<Set<String>> words) {
    Map<String, Integer> freq = new HashMap<>();
    words.forEach(set -> set.forEach(w -> freq.merge(w, 1, Integer::sum)));
    return freq;
  }

  /** The words of a segment, crudely stemmed: enough to tie inflected forms within a document. */
  private static Set<String> words(Segment segment) {
    Set<String> out = new HashSet<>();
    String text = segment.text().toLowerCase(segment.lang().locale());
    int i = 0;
    while (i < text.length()) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && Character.isLetter(text.charAt(i))) {
        i++;
      }
      String w = text.substring(start, i);
      if (segment.lang() == Lang.HE) {
        // Only "and" and "the": the other clitics change the meaning too much to pair words.
        while (w.length() > 3 && (w.charAt(0) == 'ו' || w.charAt(0) == 'ה')) {
          w = w.substring(1);
        }
      }
      if (w.length() >= 3) {
        out.add(w.length() > PREFIX ? w.substring(0, PREFIX) : w);
      }
    }
    return out;
  }
}
