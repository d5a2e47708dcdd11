package org.rosetta.api;

import java.util.regex.Pattern;

/**
 * The name a check gets when its author gives none, so the list of checks tells them apart: the
 * English file's name without its language and extension ("statement" for
 * {@code statement.en.docx}), or, for a pasted text, its first words.
 */
final class CheckNames {
  /** As many words as a list column shows whole. */
  static final int WORDS = 8;
  static final int LONGEST = 60;
  /** A file's name is kept whole up to a check name's limit, less the ellipsis. */
  static final int MOST = 199;
  private static final Pattern LANGUAGE_AND_EXTENSION = Pattern.compile("(?i)(\\.(en|eng|english))?\\.[a-z0-9]{1,5}$");
  private static final String UNTITLED = "Untitled check";

  private CheckNames() {}

  /**
   * @param file the English file's name as uploaded, or null for a pasted text
   * @param english the English text
   */
  static String of(String file, String english) {
    if (file != null && !file.isBlank()) {
      String base = file.replaceAll(".*[/\\\\]", "");
      String name = LANGUAGE_AND_EXTENSION.matcher(base).replaceFirst("").strip();
      if (!name.isEmpty() && !name.startsWith(".")) {
        return name.length() > MOST ? cut(name, MOST) + "…" : name;
      }
    }
    return firstWords(english);
  }

  /** The text's first {@link #WORDS} words, cut at a word before {@link #LONGEST} characters, "…" when there is more. */
  static String firstWords(String text) {
    String[] words = text == null ? new String[0] : text.strip().split("\\s+");
    StringBuilder out = new StringBuilder();
    int k = 0;
    for (; k < words.length && k < WORDS && !words[k].isEmpty(); k++) {
      if (out.length() + words[k].length() + 1 > LONGEST && k > 0) {
        break;
      }
      out.append(k == 0 ? "" : " ").append(words[k]);
    }
    boolean more = k < words.length || out.length() > LONGEST;
    String name = (out.length() > LONGEST ? cut(out.toString(), LONGEST) : out.toString()).replaceAll(more ? "[\\p{Punct}]+$" : "$^", "");
    if (name.codePoints().noneMatch(Character::isLetterOrDigit)) {
      return UNTITLED;
    }
    return more ? name + "…" : name;
  }

  /** The first {@code length} characters, not splitting a surrogate pair. */
  private static String cut(String text, int length) {
    int end = Character.isLowSurrogate(text.charAt(length)) ? length - 1 : length;
    return text.substring(0, end);
  }
}
