package org.rosetta.terminology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rosetta.lang.Hebrew;
import org.rosetta.lang.HebrewLetters;
import org.rosetta.lang.Russian;
import org.rosetta.lang.Token;
import org.rosetta.lang.WordTokenizer;
import org.rosetta.lang.ru.Analysis;
import org.rosetta.lang.ru.Inflection;
import org.rosetta.lang.ru.RussianTag;
import org.rosetta.text.Lang;

/**
 * What to write instead of a forbidden term, ready to paste: the concept's approved terms,
 * preferred first, in the form the found words have. Russian: the number and case of the found
 * words ("с милитантным исламом" → "воинствующим исламом"), adjectives agreeing with their noun;
 * Hebrew: the found word's clitic prefixes kept ("בטרוריזם" → "בטרור"), its endings not.
 */
public final class FixSuggester {
  private FixSuggester() {}

  public static List<String> suggest(Lang lang, TermHit hit) {
    List<Term> approved =
        hit.concept().approved(lang).stream().sorted(Comparator.comparing(Term::status)).toList();
    Set<String> out = new LinkedHashSet<>();
    for (Term term : approved) {
      out.add(
          switch (lang) {
            case RU -> hit.derived() || phrase(term) ? term.text() : russian(hit, term).orElse(term.text());
            case HE -> hebrewPrefix(hit) + term.text();
            case EN -> term.text();
          });
    }
    return out.stream().map(x -> capitalisedLike(hit.found(), x)).distinct().toList();
  }

  /** A suggestion for a found form that opens a sentence opens with a capital too. */
  private static String capitalisedLike(String found, String suggestion) {
    if (found.isEmpty() || suggestion.isEmpty() || !Character.isUpperCase(found.codePointAt(0))) {
      return suggestion;
    }
    int first = suggestion.codePointAt(0);
    return new StringBuilder().appendCodePoint(Character.toUpperCase(first)).append(suggestion.substring(Character.charCount(first))).toString();
  }

  /** A phrase ("в кулуарах") is pasted as written: its words are not one noun group. */
  private static boolean phrase(Term term) {
    return term.partOfSpeech().equalsIgnoreCase("phrase");
  }

  private static Optional<String> russian(TermHit hit, Term replacement) {
    Optional<Inflection> found = foundInflection(hit);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Russian russian = Russian.get();
    String text = replacement.text();
    List<Token> words = WordTokenizer.tokenize(text);
    List<Optional<Analysis>> readings = words.stream().map(w -> russian.termReading(w.surface())).toList();
    int head = head(text, words, readings);
    if (head < 0) {
      return Optional.empty();
    }
    RussianTag headTag = readings.get(head).orElseThrow().tag();
    // A term the glossary writes in the plural ("вооруженные силы") stays plural.
    boolean plural = found.get().plural() || headTag.inflection().map(Inflection::plural).orElse(false);
    Inflection inflection = new Inflection(plural, found.get().grammaticalCase());
    String gender = headTag.gender().orElse(null);
    StringBuilder out = new StringBuilder();
    int copied = 0;
    // Words after the head (a complement: "механизм предотвращения конфликтов") keep their form.
    for (int i = 0; i <= head; i++) {
      Token word = words.get(i);
      Optional<Analysis> reading = readings.get(i);
      boolean inflects = i == head || (!joinedToNext(text, word) && reading.map(r -> r.tag().adjective()).orElse(false));
      if (!inflects) {
        continue;
      }
      Optional<String> form = russian.inflect(word.surface(), reading.orElseThrow(), inflection, gender);
      if (form.isEmpty()) {
        return Optional.empty();
      }
      out.append(text, copied, word.start()).append(form.get());
      copied = word.end();
    }
    return Optional.of(out.append(text.substring(copied)).toString());
  }

  /**
   * The word that carries the case: the first noun that is not the invariable first half of a
   * hyphenated compound ("премьер-министр" inflects "министр"); -1 if there is none (a phrase
   * such as "в кулуарах" is suggested as written).
   */
  private static int head(String text, List<Token> words, List<Optional<Analysis>> readings) {
    for (int i = 0; i < words.size(); i++) {
      if (!joinedToNext(text, words.get(i)) && readings.get(i).map(r -> r.tag().noun()).orElse(false)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean joinedToNext(String text, Token word) {
    return word.end() < text.length() && text.charAt(word.end()) == '-';
  }

  /**
   * The number and case the found words up to the term's head share (an adjective's readings
   * narrow its noun's: in "билатеральных отношений" only the genitive plural fits both); when
   * several remain, the singular before the plural, then the cases in order.
   */
  private static Optional<Inflection> foundInflection(TermHit hit) {
    List<Token> found = WordTokenizer.tokenize(hit.found());
    String termText = hit.term().text();
    List<Token> term = WordTokenizer.tokenize(termText);
    if (found.size() != term.size()) {
      return Optional.empty();
    }
    List<Optional<Analysis>> termReadings = term.stream().map(w -> Russian.get().termReading(w.surface())).toList();
    int head = head(termText, term, termReadings);
    int last = head < 0 ? term.size() - 1 : head;
    Set<Inflection> common = null;
    for (int i = 0; i <= last; i++) {
      Set<Inflection> readings = new LinkedHashSet<>();
      for (RussianTag tag : Russian.get().tagsOf(found.get(i).surface(), term.get(i).surface())) {
        if (tag.noun() || tag.adjective()) {
          tag.inflection().ifPresent(readings::add);
        }
      }
      if (readings.isEmpty()) {
        continue;
      }
      if (common == null) {
        common = readings;
      } else {
        Set<Inflection> narrowed = new LinkedHashSet<>(common);
        narrowed.retainAll(readings);
        common = narrowed.isEmpty() ? common : narrowed;
      }
    }
    if (common == null) {
      return Optional.empty();
    }
    List<Inflection> ordered = new ArrayList<>(common);
    ordered.sort(Comparator.comparing(Inflection::plural).thenComparing(Inflection::grammaticalCase));
    return Optional.of(ordered.get(0));
  }

  /** The clitic letters before the forbidden word in the found form: "ול" in "ולמחבלים". */
  private static String hebrewPrefix(TermHit hit) {
    String found = hit.found();
    String term = HebrewLetters.normalize(hit.term().text());
    String stem = term.substring(0, Math.min(2, term.length()));
    for (String reading : Hebrew.cliticReadings(found, Hebrew.TERM)) {
      if (HebrewLetters.normalize(reading).startsWith(stem)) {
        return found.substring(0, found.length() - reading.length());
      }
    }
    return "";
  }

}
