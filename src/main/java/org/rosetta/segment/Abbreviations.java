package org.rosetta.segment;

import java.util.Set;
import java.util.regex.Pattern;
import org.rosetta.lang.Language;
import org.rosetta.text.Lang;

/**
 * Words ending in a full stop that do not end a sentence. ICU's sentence rules break after "Mr."
 * or "т." when an upper-case word follows; each language's list ({@link Language#abbreviations})
 * and initials undo that.
 */
final class Abbreviations {
  /**
   * Letters and full stops in turn, "בי.בי.סי.", "די.אן.איי.": a Hebrew acronym, which usually
   * goes on ("הכתב של בי.בי.סי. דיווח").
   */
  private static final Pattern DOTTED_ACRONYM = Pattern.compile("(?:[\\u05D0-\\u05EA]{1,3}\\.){2,}");

  private Abbreviations() {}

  /**
   * Whether {@code piece}, a sentence candidate as ICU cut it, ends in an abbreviation or an
   * initial ("В. В.", "J."), so that the next piece continues the same sentence.
   */
  static boolean endsWithAbbreviation(Lang lang, String piece) {
    String trimmed = piece.strip();
    if (!trimmed.endsWith(".")) {
      return false;
    }
    Language language = Language.of(lang);
    int space = trimmed.lastIndexOf(' ');
    String last = trimmed.substring(space + 1);
    String word = stripOpeningPunctuation(last);
    String lastLower = word.toLowerCase(lang.locale());
    if (language.isInitial(word) || DOTTED_ACRONYM.matcher(word).matches()) {
      return true;
    }
    String before = space > 0 ? trimmed.substring(0, space).strip() : "";
    Set<String> known = language.abbreviations();
    if (known.contains(lastLower) || language.abbreviatesInContext(lastLower, before)) {
      return true;
    }
    // "т. е." is written with a space: join it with the word before.
    if (!before.isEmpty()) {
      String previous = before.substring(before.lastIndexOf(' ') + 1).toLowerCase(lang.locale());
      return known.contains(previous + lastLower);
    }
    return false;
  }

  private static String stripOpeningPunctuation(String word) {
    int i = 0;
    while (i < word.length() && !Character.isLetterOrDigit(word.charAt(i))) {
      i++;
    }
    return word.substring(i);
  }
}
