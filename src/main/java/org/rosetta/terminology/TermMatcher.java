package org.rosetta.terminology;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rosetta.cache.RecentResults;
import org.rosetta.lang.Token;
import org.rosetta.lang.WordTokenizer;
import org.rosetta.text.Lang;

/**
 * Finds a glossary's terms in text, inflection-aware: English by Snowball stems, Russian by
 * dictionary form ({@link RussianForms}), Hebrew by clitic prefixes and endings ({@link
 * HebrewForms}); multi-word terms word by word, case-insensitively; for concepts that admit them,
 * words derived from a one-word name (Израиль → израильский). Where terms overlap the longest
 * wins ("Russian President" over "President"). Thread-safe once built; remembers what it found in recent segments, since the
 * aligner and the rules ask about the same segments several times.
 */
public final class TermMatcher {
  /** Marks a key that is a whole lower-cased word form rather than a stem. */
  private static final String EXACT = "=";

  /** Enough for a few documents; a check asks about each English segment once per rule and target. */
  private static final int REMEMBERED = 20_000;

  private final Map<Lang, WordForms> forms = new EnumMap<>(Lang.class);
  private final RecentResults<Query, Found> found = new RecentResults<>(REMEMBERED);
  private final Map<Lang, Map<String, List<Pattern>>> index = new EnumMap<>(Lang.class);

  /** No glossary: finds nothing, and the terminology rule has nothing to check. */
  public static final TermMatcher NONE = new TermMatcher(Glossary.EMPTY);

  private final boolean empty;

  public TermMatcher(Glossary glossary) {
    forms.put(Lang.EN, new SnowballForms());
    // Derived words are looked for only where a concept admits them: it costs a dozen tries a word.
    forms.put(Lang.RU, new RussianForms(glossary.concepts().stream().anyMatch(Concept::derivedForms)));
    forms.put(Lang.HE, new HebrewForms());
    for (Lang lang : Lang.values()) {
      Map<String, List<Pattern>> byFirstKey = new HashMap<>();
      for (Concept concept : glossary.concepts()) {
        for (Term term : concept.terms(lang)) {
          List<Set<String>> words = keys(lang, term);
          boolean exactOnly = !term.status().approved() && collidesWithApproved(lang, concept, words);
          if (exactOnly) {
            // "Хануках" is a form of the approved "Ханука": only the exact form can be told apart.
            words = exactForms(lang, term);
          }
          if (words.isEmpty()) {
            continue;
          }
          List<Pattern> patterns = new ArrayList<>();
          patterns.add(new Pattern(concept, term, words, false));
          if (concept.derivedForms() && !exactOnly && words.size() == 1) {
            Set<String> derived = forms.get(lang).derivedKeys(term.text());
            if (!derived.isEmpty()) {
              patterns.add(new Pattern(concept, term, List.of(derived), true));
            }
          }
          for (Pattern pattern : patterns) {
            for (String key : pattern.words().get(0)) {
              byFirstKey.computeIfAbsent(key, k -> new ArrayList<>()).add(pattern);
            }
          }
        }
      }
      index.put(lang, byFirstKey);
    }
    empty = index.values().stream().allMatch(Map::isEmpty);
  }

  private List<Set<String>> keys(Lang lang, Term term) {
    return WordTokenizer.tokenize(term.text()).stream().map(t -> forms.get(lang).termKeys(t.surface())).toList();
  }

  private boolean collidesWithApproved(Lang lang, Concept concept, List<Set<String>> words) {
    return concept.approved(lang).stream().map(t -> keys(lang, t)).anyMatch(approved -> sameKeys(approved, words));
  }

  private static boolean sameKeys(List<Set<String>> a, List<Set<String>> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int k = 0; k < a.size(); k++) {
      if (Collections.disjoint(a.get(k), b.get(k))) {
        return false;
      }
    }
    return true;
  }

  private static List<Set<String>> exactForms(Lang lang, Term term) {
    return WordTokenizer.tokenize(term.text()).stream().map(t -> Set.of(EXACT + exact(lang, t.surface()))).toList();
  }

  private static String exact(Lang lang, String word) {
    return java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFC).toLowerCase(lang.locale()).replace('ё', 'е');
  }

  /** Whether it has no term to find: {@link #NONE}, or a glossary without terms. */
  public boolean isEmpty() {
    return empty;
  }

  /** All term occurrences in {@code text}, in text order, overlaps resolved to the longest. */
  public List<TermHit> find(Lang lang, String text) {
    if (isEmpty()) {
      return List.of();
    }
    return found.get(new Query(lang, text), this::search).resolved();
  }

  /**
   * Every term occurrence in {@code text}, overlaps kept: "Президент России" is a hit of
   * "президент России" and, inside it, of "президент" and of "Россия".
   */
  public List<TermHit> findAll(Lang lang, String text) {
    if (isEmpty()) {
      return List.of();
    }
    return found.get(new Query(lang, text), this::search).all();
  }

  /**
   * Whether a text names a concept anywhere, even inside a longer term: "Russian President" names
   * both Russian President and President.
   */
  public boolean names(Lang lang, String text, Concept concept) {
    if (isEmpty()) {
      return false;
    }
    return found.get(new Query(lang, text), this::search).all().stream().anyMatch(h -> h.concept().id().equals(concept.id()));
  }

  /** Every match of a text, and the ones kept once overlaps are resolved. */
  private record Found(List<TermHit> all, List<TermHit> resolved) {}

  private record Query(Lang lang, String text) {}

  private Found search(Query query) {
    Lang lang = query.lang();
    String text = query.text();
    Map<String, List<Pattern>> byFirstKey = index.get(lang);
    if (byFirstKey.isEmpty()) {
      return new Found(List.of(), List.of());
    }
    List<Token> tokens = WordTokenizer.tokenize(text);
    List<Set<String>> keys =
        tokens.stream()
            .map(t -> {
              Set<String> k = new java.util.HashSet<>(forms.get(lang).textKeys(t.surface()));
              k.add(EXACT + exact(lang, t.surface()));
              return (Set<String>) k;
            })
            .toList();
    List<TermHit> hits = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      for (String key : keys.get(i)) {
        for (Pattern p : byFirstKey.getOrDefault(key, List.of())) {
          if (p.matchesAt(keys, i)) {
            int start = tokens.get(i).start();
            int end = tokens.get(i + p.words.size() - 1).end();
            hits.add(new TermHit(p.concept, p.term, start, end, text.substring(start, end), p.derived));
          }
        }
      }
    }
    return new Found(List.copyOf(hits), longestFirst(hits));
  }

  private static List<TermHit> longestFirst(List<TermHit> hits) {
    List<TermHit> sorted = new ArrayList<>(hits);
    List<TermHit> kept = new ArrayList<>();
    sorted.sort(
        Comparator.comparingInt(TermHit::length)
            .reversed()
            .thenComparingInt(TermHit::start)
            .thenComparing(h -> !h.found().equalsIgnoreCase(h.term().text()))
            .thenComparing(TermHit::derived)
            .thenComparing(h -> !h.term().status().approved()));
    for (TermHit hit : sorted) {
      boolean sameSpanAndConcept =
          kept.stream()
              .anyMatch(k -> k.start() == hit.start() && k.end() == hit.end() && k.concept().id().equals(hit.concept().id()));
      if (!sameSpanAndConcept && kept.stream().noneMatch(k -> k.overlaps(hit) && k.length() > hit.length())) {
        kept.add(hit);
      }
    }
    kept.sort(Comparator.comparingInt(TermHit::start));
    return Collections.unmodifiableList(kept);
  }

  /**
   * One term's words as key sets, to be matched against consecutive tokens; or, {@code derived},
   * the keys of the words derived from a one-word name.
   */
  private record Pattern(Concept concept, Term term, List<Set<String>> words, boolean derived) {
    boolean matchesAt(List<Set<String>> textKeys, int from) {
      if (from + words.size() > textKeys.size()) {
        return false;
      }
      for (int k = 1; k < words.size(); k++) {
        if (Collections.disjoint(words.get(k), textKeys.get(from + k))) {
          return false;
        }
      }
      return true;
    }
  }
}
