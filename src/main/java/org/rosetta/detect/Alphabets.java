package org.rosetta.detect;

import java.util.Map;
import java.util.Optional;

/**
 * The lower-case letters of the Cyrillic languages Rosetta tells apart. A letter outside a
 * language's alphabet rules that language out: "ы" is neither Ukrainian nor Bulgarian, "и" is not
 * Belarusian, "ї" is not Russian. Latin languages get no entry: English text borrows "café" and
 * "Gödel", so an accent proves nothing there.
 */
final class Alphabets {
  private static final Map<String, String> LETTERS =
      Map.of(
          "ru", "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
          "uk", "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
          "be", "абвгдеёжзійклмнопрстуўфхцчшыьэюя",
          "bg", "абвгдежзийклмнопрстуфхцчшщъьюя");

  private Alphabets() {}

  /** The language's letters, when they are known. */
  static Optional<String> of(String isoCode) {
    return Optional.ofNullable(LETTERS.get(isoCode));
  }

  /** Whether every letter of {@code letters} (lower case) is in {@code alphabet}. */
  static boolean holds(String alphabet, CharSequence letters) {
    for (int i = 0; i < letters.length(); i++) {
      if (alphabet.indexOf(letters.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }
}
