package org.rosetta.align;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.rosetta.lang.Hebrew;
import org.rosetta.lang.HebrewLetters;
import org.rosetta.lang.Token;
import org.rosetta.lang.WordTokenizer;
import org.rosetta.terminology.Concept;
import org.rosetta.terminology.Glossary;
import org.rosetta.terminology.Term;
import org.rosetta.terminology.TermHit;
import org.rosetta.terminology.TermMatcher;
import org.rosetta.terminology.TermStatus;
import org.rosetta.text.Lang;

/**
 * Countries, months and weekdays as CLDR names them in each language (through ICU), found
 * inflection-aware by a {@link TermMatcher}. Their spellings share nothing across scripts
 * ("France" / "Франция" / "צרפת", "Egypt" / "Египет" / "מצרים", "Monday" / "понедельник" /
 * "יום שני"), so the name skeletons miss them, yet a statement is full of them.
 */
public final class WorldNames {
  private static final int MIN_LETTERS = 3;
  private static final String COUNTRY = "country:";
  /** How many first letters of a name's first word the quick test compares. */
  private static final int KEY = 4;

  private WorldNames() {}

  /** Built once: about 270 concepts in three languages. Thread-safe. */
  private static final class Holder {
    static final Glossary GLOSSARY = glossary();
    static final TermMatcher MATCHER = new TermMatcher(GLOSSARY);
    static final Map<Lang, Set<String>> FIRST_LETTERS = firstLetters(GLOSSARY);
  }

  /**
   * The world names in a sentence, as concept ids. English capitalises all of them and Russian
   * the countries, which keeps "may" and the pronoun "того" (Togo) out.
   */
  public static List<String> find(Lang lang, String text) {
    if (!mayContainName(lang, text)) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (TermHit hit : Holder.MATCHER.find(lang, text)) {
      String id = hit.concept().id();
      boolean capitalised = Character.isUpperCase(hit.found().codePointAt(0));
      if (capitalised || lang == Lang.HE || (lang == Lang.RU && !id.startsWith(COUNTRY))) {
        out.add(id);
      }
    }
    return out;
  }

  /**
   * Whether a word of the text begins like the first word of a name. Most sentences name no
   * country or date, and this test is much cheaper than stemming every word for the matcher.
   */
  private static boolean mayContainName(Lang lang, String text) {
    Set<String> keys = Holder.FIRST_LETTERS.get(lang);
    for (Token token : WordTokenizer.tokenize(comparable(lang, text))) {
      String word = token.surface();
      if (lang == Lang.EN && !Character.isUpperCase(word.charAt(0))) {
        continue;
      }
      String lower = word.toLowerCase(lang.locale());
      for (String rest : lang == Lang.HE ? Hebrew.cliticReadings(lower, Hebrew.WORLD_NAME) : List.of(lower)) {
        if (keys.contains(key(rest)) || (rest.length() > MIN_LETTERS && keys.contains(rest.substring(0, MIN_LETTERS)))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Hebrew as the matcher compares it: points would split a word in two for this test, and a
   * final letter turns medial before a suffix.
   */
  private static String comparable(Lang lang, String text) {
    return lang == Lang.HE ? HebrewLetters.normalize(text) : text;
  }

  private static String key(String word) {
    return word.length() > KEY ? word.substring(0, KEY) : word;
  }

  private static Map<Lang, Set<String>> firstLetters(Glossary glossary) {
    Map<Lang, Set<String>> out = new EnumMap<>(Lang.class);
    for (Lang lang : Lang.values()) {
      Set<String> keys = new HashSet<>();
      for (Concept concept : glossary.concepts()) {
        for (Term term : concept.terms(lang)) {
          List<Token> words = WordTokenizer.tokenize(comparable(lang, term.text()));
          if (!words.isEmpty()) {
            keys.add(key(words.get(0).surface().toLowerCase(lang.locale())));
          }
        }
      }
      out.put(lang, keys);
    }
    return out;
  }

  private static Glossary glossary() {
    List<Concept> concepts = new ArrayList<>();
    for (String region : ULocale.getISOCountries()) {
      ULocale country = new ULocale("", region);
      concepts.add(concept(COUNTRY + region, lang -> List.of(country.getDisplayCountry(ULocale.forLocale(lang.locale())))));
    }
    for (int month = 0; month < 12; month++) {
      int m = month;
      concepts.add(
          concept(
              "month:" + (month + 1),
              lang -> {
                DateFormatSymbols symbols = new DateFormatSymbols(ULocale.forLocale(lang.locale()));
                // Russian writes "30 ноября" but "в ноябре", "ноябрь": both CLDR contexts.
                return List.of(
                    symbols.getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE)[m],
                    symbols.getMonths(DateFormatSymbols.STANDALONE, DateFormatSymbols.WIDE)[m]);
              }));
    }
    for (int day = 1; day <= 7; day++) {
      int d = day;
      concepts.add(
          concept(
              "weekday:" + day,
              lang -> List.of(new DateFormatSymbols(ULocale.forLocale(lang.locale())).getWeekdays(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE)[d])));
    }
    return new Glossary(concepts.stream().filter(c -> c.terms().size() == Lang.values().length).toList());
  }

  private static Concept concept(String id, Function<Lang, List<String>> names) {
    Map<Lang, List<Term>> terms = new EnumMap<>(Lang.class);
    for (Lang lang : Lang.values()) {
      List<Term> list = new ArrayList<>();
      for (String name : new LinkedHashSet<>(names.apply(lang))) {
        // CLDR's codes for regions without a name in a language ("XK") and names too short to tell
        // from a word are left out.
        if (name.codePoints().filter(Character::isLetter).count() >= MIN_LETTERS && !name.matches(".*[\\d(].*")) {
          list.add(new Term(name, TermStatus.PREFERRED, "properNoun"));
        }
      }
      if (!list.isEmpty()) {
        terms.put(lang, list);
      }
    }
    // The English side finds "Egypt", not "Egyptian", so the Russian side must not find "египетский".
    return new Concept(id, terms, false);
  }
}
