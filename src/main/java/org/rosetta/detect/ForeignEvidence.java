package org.rosetta.detect;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.rosetta.lang.WordTokenizer;
import org.rosetta.lang.ru.RussianDictionary;

/**
 * What a short segment must show before it is called a confusable of its file's language: a
 * letter that the file's language does not write ("ї", "ў", "ß", "ç") or two words that only the
 * confusable writes ("които", "това"; "und", "nicht"). Lingua answers "Bulgarian, 1.00" for
 * "Апиа – столица Самоа." and "German" for "Tomb of Tutankhamun (KV62).": on seven words its
 * n-grams are not evidence enough to accuse a sentence of a Russian or English file.
 */
final class ForeignEvidence {
  private static final int WORDS_NEEDED = 2;

  /** Letters of Latin-script confusables that English does not write. */
  private static final Map<String, String> LATIN_LETTERS = Map.of("de", "äöüß", "fr", "éèêàâçœùûôîëïÿ");

  /**
   * Words of the confusable that the file's language does not write as words of its own (no "для",
   * "мы", "та" for Belarusian or Ukrainian in a Russian file; no "die", "war", "son" for German or
   * French in an English one). "pour" is an English verb but rare; with another French word it is
   * French.
   */
  private static final Map<String, Set<String>> WORDS =
      Map.of(
          "bg", Set.of("е", "са", "във", "със", "които", "който", "която", "което", "този", "тази", "това", "тези", "беше", "бяха", "ще", "се", "си", "нещо", "какво", "защо", "че", "тя", "ние", "вие", "сме", "сте", "съм", "има", "няма", "каза"),
          "uk", Set.of("і", "й", "що", "це", "який", "яка", "які", "є", "від", "щоб", "був", "була", "вони"),
          "be", Set.of("і", "ў", "што", "гэта", "які", "якая", "каб", "быў", "яны"),
          "de", Set.of("unsere", "unser", "und", "der", "das", "ist", "nicht", "ein", "eine", "einen", "mit", "auf", "für", "ich", "sie", "wir", "sind", "zu", "von", "dem", "auch", "dass", "er", "es", "werden", "wird", "wurde", "haben", "nach", "über", "bei", "aus", "sich", "vom", "zum", "zur", "im"),
          "fr", Set.of("merci", "qu", "ils", "elles", "le", "la", "les", "et", "est", "une", "des", "du", "pas", "que", "qui", "pour", "dans", "avec", "je", "il", "elle", "nous", "vous", "ce", "faut", "sont", "au", "aux", "sur", "ont", "cette", "ces", "mais", "ne", "se", "sa", "ses", "leur", "leurs"));

  /**
   * Bulgarian writes "ъ" as a vowel ("министърът", "във"); Russian only as a hard sign before е, ё, ю,
   * я ("объявил"). Bulgarian has no letter Russian lacks, but it has this.
   */
  private static final Pattern BULGARIAN_VOWEL_YER = Pattern.compile("ъ(?![еёюя])");

  /** The share of a short segment's words that the file language's dictionary must know to keep it. */
  private static final double KNOWN_SHARE = 0.75;

  private ForeignEvidence() {}

  /**
   * Whether the file language's dictionary knows most of the segment's words ("Апиа – столица
   * Самоа.": столица), leaving out capitalised words it does not know, which are names. A
   * Bulgarian or Ukrainian sentence has words Russian lacks ("Правителството прие ново решение",
   * "Дякую за запрошення"). True for a language without a dictionary here.
   */
  static boolean fileLanguageWordsHold(String fileLanguage, String text) {
    if (!fileLanguage.equals("ru")) {
      return true;
    }
    RussianDictionary dictionary = RussianDictionary.get();
    int known = 0;
    int counted = 0;
    for (String word : WordTokenizer.partsApart(text)) {
      if (word.isEmpty() || !Character.isLetter(word.codePointAt(0))) {
        continue;
      }
      String lower = word.toLowerCase(Locale.ROOT);
      boolean inDictionary = !dictionary.analyse(lower).isEmpty();
      if (!inDictionary && Character.isUpperCase(word.charAt(0))) {
        continue;
      }
      counted++;
      known += inDictionary ? 1 : 0;
    }
    return counted > 0 && known >= KNOWN_SHARE * counted;
  }

  /** Whether {@code text} shows {@code language} apart from {@code fileLanguage}. */
  static boolean shows(String language, String fileLanguage, String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (hasLetterOutside(language, fileLanguage, lower)) {
      return true;
    }
    if (language.equals("bg") && BULGARIAN_VOWEL_YER.matcher(lower).find()) {
      return true;
    }
    Set<String> words = WORDS.get(language);
    if (words == null) {
      return true;
    }
    Set<String> seen = new HashSet<>();
    for (String word : WordTokenizer.partsApart(lower)) {
      if (words.contains(word) && seen.add(word) && seen.size() >= WORDS_NEEDED) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasLetterOutside(String language, String fileLanguage, String lower) {
    Optional<String> own = Alphabets.of(language);
    Optional<String> file = Alphabets.of(fileLanguage);
    if (own.isPresent() && file.isPresent()) {
      return lower.chars().anyMatch(c -> own.get().indexOf(c) >= 0 && file.get().indexOf(c) < 0);
    }
    String letters = LATIN_LETTERS.getOrDefault(language, "");
    return lower.chars().anyMatch(c -> letters.indexOf(c) >= 0);
  }
}
