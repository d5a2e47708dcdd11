package org.rosetta.detect;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rosetta.lang.WordTokenizer;

/**
 * Function words of a document language that none of its confusables writes: "the", "which" are
 * neither French nor German ("in", "on", "was", "will", "her" are, and are not here); "что", "это",
 * "когда" are neither Ukrainian, Belarusian nor Bulgarian ("и", "не", "как", "нас" are). Two of them in a
 * segment confirm its file's language without a model: most sentences of a text have them, and a
 * foreign sentence slipped into the file does not.
 */
final class ConfirmingWords {
  /** How many distinct confirming words a segment needs. */
  static final int NEEDED = 2;

  private static final Map<String, Set<String>> WORDS =
      Map.of(
          "en",
          Set.of(
              "the", "and", "of", "that", "which", "with", "this", "these", "those", "is", "are", "were", "have", "has", "had",
              "to", "from", "by", "it", "its", "be", "been", "he", "his", "him", "she", "they", "their", "them", "you", "your",
              "we", "our", "what", "who", "when", "would", "should", "shall", "upon"),
          "ru",
          Set.of(
              "что", "это", "этот", "эти", "его", "она", "был", "была", "были", "было", "если", "когда", "уже", "только", "очень",
              "который", "которая", "которое", "которые", "чтобы", "тоже", "также", "ему", "её", "ее", "их"));

  private ConfirmingWords() {}

  /** Whether the text has enough of the language's confirming words; false for a language without a list. */
  static boolean confirm(String isoCode, String text) {
    Set<String> words = WORDS.get(isoCode);
    if (words == null) {
      return false;
    }
    Set<String> seen = new java.util.HashSet<>();
    for (String word : WordTokenizer.partsApart(text.toLowerCase(Locale.ROOT))) {
      if (words.contains(word) && seen.add(word) && seen.size() >= NEEDED) {
        return true;
      }
    }
    return false;
  }
}
