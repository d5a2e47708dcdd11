package org.rosetta.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rosetta.align.Link;
import org.rosetta.lang.en.EnglishWords;
import org.rosetta.text.Lang;
import org.rosetta.text.Placeholders;
import org.rosetta.text.Segment;

/**
 * An English word left inside a Russian or Hebrew sentence ({@code untranslated.word}): "Мы
 * можем join к экологическому движению", "hubby" in the Hebrew. A word counts when it is written
 * in lower-case Latin letters, is an English word ({@link EnglishWords}), and is not what
 * translators keep on purpose: a gloss in brackets or a quotation ("(park permits)", "«bien
 * élevé»"), part of a name or a species beside a capitalised Latin word ("Karenia brevis"), an
 * address or a tag. The words FLORES's professional translators kept by those rules raise nothing.
 */
public final class UntranslatedWordRule implements Rule {
  private static final Pattern LATIN_WORD = Pattern.compile("(?<![\\p{L}\\p{N}@#/._'’-])\\p{IsLatin}+(?:['’-]\\p{IsLatin}+)*(?![\\p{L}\\p{N}@/_'’-])");
  private static final int SHORTEST = 3;
  /** Brackets and quotation marks, each opening one followed by the mark that closes it ("„" by "“" in Russian). */
  private static final String PAIRS = "()[]«»„““”";

  @Override
  public List<Finding> check(CheckContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Lang lang : context.otherScriptTargets()) {
      for (Link link : context.pairingLinks(lang)) {
        for (Segment s : context.targetOf(lang, link)) {
          if (mostlyLatin(s)) {
            continue;
          }
          for (Latin word : leftIn(s.text())) {
            findings.add(
                new Finding(
                    RuleId.UNTRANSLATED_WORD,
                    Severity.WARNING,
                    lang,
                    context.ids(lang, link),
                    List.of(s.spanOf(word.start(), word.end())),
                    "\"" + word.text() + "\" in " + s.id() + " is an English word left in the translation",
                    null,
                    word.text()));
          }
        }
      }
    }
    return findings;
  }

  private record Latin(String text, int start, int end) {}

  /** A sentence mostly in Latin letters is left in English as a whole: {@link UntranslatedRule}'s to report. */
  private static boolean mostlyLatin(Segment s) {
    long letters = s.text().codePoints().filter(Character::isLetter).count();
    return 2L * s.lettersIn(Character.UnicodeScript.LATIN) >= letters;
  }

  /** The English words a translated sentence leaves in, by the rules above. */
  static List<Latin> leftIn(String text) {
    List<Latin> latin = new ArrayList<>();
    Matcher m = LATIN_WORD.matcher(text);
    while (m.find()) {
      latin.add(new Latin(m.group(), m.start(), m.end()));
    }
    List<Placeholders.Placeholder> kept = Placeholders.find(text);
    List<Latin> out = new ArrayList<>();
    for (int k = 0; k < latin.size(); k++) {
      Latin w = latin.get(k);
      if (w.text().length() < SHORTEST
          || !w.text().equals(w.text().toLowerCase(java.util.Locale.ROOT))
          || kept.stream().anyMatch(p -> p.start() < w.end() && w.start() < p.end())
          || quotedOrBracketed(text, w.start())
          || (k > 0 && beside(text, latin.get(k - 1), w) && Character.isUpperCase(latin.get(k - 1).text().charAt(0)))
          || (k + 1 < latin.size() && beside(text, w, latin.get(k + 1)) && Character.isUpperCase(latin.get(k + 1).text().charAt(0)))
          || !EnglishWords.get().contains(w.text())) {
        continue;
      }
      out.add(w);
    }
    return out;
  }

  /** Whether two words are separated by spaces only. */
  private static boolean beside(String text, Latin first, Latin second) {
    return text.substring(first.end(), second.start()).isBlank();
  }

  /**
   * Whether a bracket or quotation mark opened before the offset is not yet closed. A straight
   * quotation mark between two letters is not one: Hebrew writes acronyms so (ארה"ב, צה"ל).
   */
  private static boolean quotedOrBracketed(String text, int offset) {
    java.util.ArrayDeque<Character> open = new java.util.ArrayDeque<>();
    boolean straightOpen = false;
    for (int i = 0; i < offset; i++) {
      char c = text.charAt(i);
      if (c == '"') {
        boolean inWord = i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1));
        straightOpen ^= !inWord;
      } else if (!open.isEmpty() && c == closing(open.peek())) {
        open.pop();
      } else if (opening(c)) {
        open.push(c);
      }
    }
    return !open.isEmpty() || straightOpen;
  }

  private static boolean opening(char c) {
    for (int k = 0; k < PAIRS.length(); k += 2) {
      if (PAIRS.charAt(k) == c) {
        return true;
      }
    }
    return false;
  }

  private static char closing(char opened) {
    for (int k = 0; k < PAIRS.length(); k += 2) {
      if (PAIRS.charAt(k) == opened) {
        return PAIRS.charAt(k + 1);
      }
    }
    return 0;
  }
}
