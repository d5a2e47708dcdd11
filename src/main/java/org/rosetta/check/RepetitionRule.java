package org.rosetta.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rosetta.align.Link;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;

/**
 * Words said twice in a row in a translation whose English says nothing twice ({@code
 * words.repeated}): "…и мы даже можем и мы даже можем быть…", the stutter of a machine
 * translation or a paste. Two words or more repeated at once, so that an emphatic "очень, очень"
 * or "מאוד מאוד" is left alone; an English that repeats itself ("no, no, no") may be rendered so.
 */
public final class RepetitionRule implements Rule {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final int SHORTEST = 2;
  private static final int LONGEST = 8;

  @Override
  public List<Finding> check(CheckContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Lang lang : context.targets()) {
      for (Link link : context.pairingLinks(lang)) {
        if (repeatsItself(context.sourceOf(link))) {
          continue;
        }
        for (Segment s : context.targetOf(lang, link)) {
          List<Word> words = words(s.text());
          int[] found = repetition(words, SHORTEST);
          if (found != null) {
            Word first = words.get(found[0] + found[1]);
            Word last = words.get(found[0] + 2 * found[1] - 1);
            findings.add(
                new Finding(
                    RuleId.WORDS_REPEATED,
                    Severity.WARNING,
                    lang,
                    context.ids(lang, link),
                    List.of(s.spanOf(first.start(), last.end())),
                    "\"" + s.text().substring(words.get(found[0]).start(), words.get(found[0] + found[1] - 1).end()) + "\" is repeated in " + s.id()
                        + ", and the English says it once",
                    null,
                    s.text().substring(first.start(), last.end())));
          }
        }
      }
    }
    return findings;
  }

  private record Word(String key, int start, int end) {}

  /**
   * Whether the English says something twice: a word twice in a row ("no, no"), or two words, one
   * of them of four letters or more, twice anywhere ("a fruitful bough, even a fruitful bough"),
   * which a translator may bring together ("отрасль плодоносного, отрасль плодоносного").
   */
  private static boolean repeatsItself(List<Segment> english) {
    List<Word> words = new ArrayList<>();
    english.forEach(s -> words.addAll(words(s.text())));
    if (repetition(words, 1) != null) {
      return true;
    }
    java.util.Set<String> pairs = new java.util.HashSet<>();
    for (int i = 0; i + 1 < words.size(); i++) {
      String first = words.get(i).key();
      String second = words.get(i + 1).key();
      if ((first.length() >= 4 || second.length() >= 4) && !pairs.add(first + " " + second)) {
        return true;
      }
    }
    return false;
  }

  private static List<Word> words(String text) {
    List<Word> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(new Word(m.group().toLowerCase(Locale.ROOT), m.start(), m.end()));
    }
    return out;
  }

  /** The first run of at least {@code shortest} words said again right after it: {start, length}; null if none. */
  private static int[] repetition(List<Word> words, int shortest) {
    for (int i = 0; i < words.size(); i++) {
      for (int n = Math.min(LONGEST, (words.size() - i) / 2); n >= shortest; n--) {
        if (repeats(words, i, n)) {
          return new int[] {i, n};
        }
      }
    }
    return null;
  }

  private static boolean repeats(List<Word> words, int i, int n) {
    boolean letters = false;
    for (int k = 0; k < n; k++) {
      String key = words.get(i + k).key();
      if (!key.equals(words.get(i + n + k).key())) {
        return false;
      }
      letters |= Character.isLetter(key.charAt(0));
    }
    return letters;
  }
}
