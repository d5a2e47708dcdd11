package org.rosetta.terminology;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rosetta.lang.Hebrew;
import org.rosetta.lang.HebrewLetters;

/**
 * Hebrew words compared after removing niqqud, normalising final letters (ך ם ן ף ץ), and
 * stripping the clitic prefixes ו ה ב ל מ ש כ (up to three, as in "וכשה") and common plural,
 * construct and possessive endings from the text's word ("מלאכו", his angel; "תלמידיך", your disciples). "ובמוסקבה" matches "מוסקבה";
 * "לממשלה" matches "הממשלה" (the article is swallowed after ב, ל, כ); "מנגנוני" matches "מנגנון".
 */
final class HebrewForms implements WordForms {
  private static final int MIN_STEM = 2;
  private static final List<String> SUFFIXES =
      normalized(
          "ים", "ות", "י", "ה", "ת", "ו", "יו", "יה", "ך", "יך", "נו", "ינו", "כם", "יכם", "כן", "הם", "יהם", "ן", "ם", "יים", "ית");

  /** Endings a dictionary form may lose in construct state or plural: מניעה / מניעת. */
  private static final List<String> TERM_SUFFIXES = normalized("ה", "ת", "ים", "ות");

  @Override
  public Set<String> termKeys(String word) {
    String w = HebrewLetters.normalize(word);
    Set<String> keys = new HashSet<>();
    addTermStems(keys, w);
    // A term written with the article ("ראש הממשלה") also stands in the construct state, which
    // drops it: "ראש ממשלת ישראל", the Prime Minister of Israel.
    if (w.startsWith("ה") && w.length() - 1 >= MIN_STEM + 2) {
      addTermStems(keys, w.substring(1));
    }
    return keys;
  }

  private static void addTermStems(Set<String> keys, String w) {
    keys.add(w);
    for (String suffix : TERM_SUFFIXES) {
      if (w.endsWith(suffix) && w.length() - suffix.length() >= MIN_STEM + 1) {
        keys.add(w.substring(0, w.length() - suffix.length()));
      }
    }
  }

  private static List<String> normalized(String... suffixes) {
    return java.util.Arrays.stream(suffixes).map(HebrewLetters::normalize).distinct().toList();
  }

  @Override
  public Set<String> textKeys(String word) {
    String w = HebrewLetters.normalize(word);
    Set<String> keys = new HashSet<>();
    List<String> readings = Hebrew.cliticReadings(w, Hebrew.TERM);
    for (int p = 0; p < readings.size(); p++) {
      String rest = readings.get(p);
      addWithSuffixes(keys, rest);
      char last = p > 0 ? w.charAt(p - 1) : 0;
      if (last == 'ב' || last == 'ל' || last == 'כ') {
        addWithSuffixes(keys, "ה" + rest);
      }
    }
    return keys;
  }

  private static void addWithSuffixes(Set<String> keys, String stem) {
    keys.add(stem);
    for (String suffix : SUFFIXES) {
      if (stem.endsWith(suffix) && stem.length() - suffix.length() >= MIN_STEM) {
        keys.add(stem.substring(0, stem.length() - suffix.length()));
      }
    }
  }

}
