package org.rosetta.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rosetta.lang.Hebrew;
import org.rosetta.lang.Token;
import org.rosetta.lang.WordTokenizer;
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
  /** The words of every segment, found once for learning and for the anchors. */
  private final List<Set<String>> sourceWords;
  private final List<Set<String>> targetWords;

  private DocumentDictionary(List<Set<String>> sourceWords, List<Set<String>> targetWords) {
    this.sourceWords = sourceWords;
    this.targetWords = targetWords;
  }

  /** Learns from the one-to-one links of a first alignment pass. */
  static DocumentDictionary learn(List<Segment> source, List<Segment> target, List<Link> links) {
    DocumentDictionary dictionary =
        new DocumentDictionary(
            source.stream().map(DocumentDictionary::words).toList(), target.stream().map(DocumentDictionary::words).toList());
    Vocabulary sourceWords = new Vocabulary();
    Vocabulary targetWords = new Vocabulary();
    List<int[]> sourceSides = new ArrayList<>();
    List<int[]> targetSides = new ArrayList<>();
    for (Link l : links) {
      if (l.sourceCount() == 1 && l.targetCount() == 1 && l.score() >= CONFIDENT) {
        sourceSides.add(sourceWords.ids(dictionary.sourceWords.get(l.sourceFrom())));
        targetSides.add(targetWords.ids(dictionary.targetWords.get(l.targetFrom())));
      }
    }
    int tooCommon = Math.max(4, sourceSides.size() / 3);
    // Every (source word, target word) meeting in a link, as one long; sorted, equal pairs are runs.
    long[] pairs = new long[64];
    int count = 0;
    for (int k = 0; k < sourceSides.size(); k++) {
      for (int s : sourceSides.get(k)) {
        if (!sourceWords.usable(s, tooCommon)) {
          continue;
        }
        for (int t : targetSides.get(k)) {
          if (targetWords.usable(t, tooCommon)) {
            if (count == pairs.length) {
              pairs = Arrays.copyOf(pairs, 2 * count);
            }
            pairs[count++] = (long) s << 32 | t;
          }
        }
      }
    }
    Arrays.sort(pairs, 0, count);
    List<Candidate> candidates = new ArrayList<>();
    for (int from = 0, to; from < count; from = to) {
      to = from + 1;
      while (to < count && pairs[to] == pairs[from]) {
        to++;
      }
      int s = (int) (pairs[from] >>> 32);
      int t = (int) pairs[from];
      double dice = 2.0 * (to - from) / (sourceWords.frequency(s) + targetWords.frequency(t));
      if (to - from >= MIN_TOGETHER && dice >= MIN_DICE) {
        candidates.add(new Candidate(sourceWords.word(s), targetWords.word(t), dice));
      }
    }
    // Strongest pairs first, so a word's best partners fill its places; equal ones in word order.
    candidates.sort(
        Comparator.comparingDouble(Candidate::dice).reversed().thenComparing(Candidate::source).thenComparing(Candidate::target));
    candidates.forEach(c -> dictionary.add(c.source(), c.target()));
    return dictionary;
  }

  private record Candidate(String source, String target, double dice) {}

  /** Words of one side as ids, with the number of links each occurs in. */
  private static final class Vocabulary {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> words = new ArrayList<>();
    private int[] frequency = new int[64];

    int[] ids(Set<String> linkWords) {
      int[] out = new int[linkWords.size()];
      int k = 0;
      for (String w : linkWords) {
        int id = ids.computeIfAbsent(w, x -> {
          words.add(x);
          return words.size() - 1;
        });
        if (id == frequency.length) {
          frequency = Arrays.copyOf(frequency, 2 * id);
        }
        frequency[id]++;
        out[k++] = id;
      }
      return out;
    }

    /** A word seen too rarely pairs by chance; one in most links pairs with everything. */
    boolean usable(int id, int tooCommon) {
      return frequency[id] >= MIN_TOGETHER && frequency[id] <= tooCommon;
    }

    int frequency(int id) {
      return frequency[id];
    }

    String word(int id) {
      return words.get(id);
    }
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

  /** Dictionary anchors of the source (English) segment at this index. */
  List<Anchor> sourceAnchors(int index) {
    return anchors(sourceWords.get(index), sourceToPairs);
  }

  /** Dictionary anchors of the target segment at this index. */
  List<Anchor> targetAnchors(int index) {
    return anchors(targetWords.get(index), targetToPairs);
  }

  private static List<Anchor> anchors(Set<String> words, Map<String, List<String>> pairs) {
    List<Anchor> out = new ArrayList<>();
    for (String w : words) {
      for (String id : pairs.getOrDefault(w, List.of())) {
        out.add(new Anchor(AnchorKind.LEARNED, id));
      }
    }
    return out;
  }

  /** The words of a segment, crudely stemmed: enough to tie inflected forms within a document. */
  private static Set<String> words(Segment segment) {
    Set<String> out = new HashSet<>();
    for (Token token : WordTokenizer.tokenize(segment.text())) {
      String w = token.surface().toLowerCase(segment.lang().locale());
      if (!Character.isLetter(w.codePointAt(0))) {
        continue;
      }
      if (segment.lang() == Lang.HE) {
        w = Hebrew.withoutClitics(w, Hebrew.AND_THE);
      }
      if (w.length() >= 3) {
        out.add(w.length() > PREFIX ? w.substring(0, PREFIX) : w);
      }
    }
    return out;
  }
}
