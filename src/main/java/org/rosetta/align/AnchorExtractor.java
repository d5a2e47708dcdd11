package org.rosetta.align;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.rosetta.lang.Hebrew;
import org.rosetta.lang.Language;
import org.rosetta.lang.Token;
import org.rosetta.lang.WordTokenizer;
import org.rosetta.lang.WrittenNumber;
import org.rosetta.terminology.TermHit;
import org.rosetta.terminology.TermMatcher;
import org.rosetta.text.Segment;
import org.rosetta.text.SegmentKind;

/** Collects the anchors of a sentence: numbers, names, countries and dates, glossary terms, punctuation, labels. */
public final class AnchorExtractor {
  private static final int MIN_SKELETON = 3;
  private static final int COGNATE_CONSONANTS = 4;
  private static final String OPENING_QUOTES = "\"«“„‘'";
  private static final String CLOSING_QUOTES = "\"»”’'";

  private final TermMatcher terms;

  /** @param terms the glossary's matcher, {@link TermMatcher#NONE} to align without glossary anchors */
  public AnchorExtractor(TermMatcher terms) {
    this.terms = java.util.Objects.requireNonNull(terms, "terms: TermMatcher.NONE for no glossary");
  }

  public List<Anchor> anchors(Segment segment) {
    String text = segment.text();
    List<Anchor> out = new ArrayList<>();
    for (WrittenNumber n : Language.of(segment.lang()).numbers(text)) {
      out.add(new Anchor(AnchorKind.NUMBER, n.value()));
    }
    names(text, out);
    WorldNames.find(segment.lang(), text).forEach(id -> out.add(new Anchor(AnchorKind.WORLD_NAME, id)));
    for (TermHit hit : terms.find(segment.lang(), text)) {
      out.add(new Anchor(AnchorKind.TERM, hit.concept().id()));
    }
    text.chars().filter(c -> c == '?').forEach(c -> out.add(new Anchor(AnchorKind.QUESTION, "?")));
    String stripped = text.strip();
    if (!stripped.isEmpty() && OPENING_QUOTES.indexOf(stripped.charAt(0)) >= 0) {
      out.add(new Anchor(AnchorKind.QUOTE, "open"));
    }
    if (stripped.length() > 1 && endsWithClosingQuote(stripped)) {
      out.add(new Anchor(AnchorKind.QUOTE, "close"));
    }
    if (segment.kind() == SegmentKind.LABEL) {
      out.add(new Anchor(AnchorKind.LABEL, "label"));
    }
    return out;
  }

  private static boolean endsWithClosingQuote(String s) {
    int i = s.length() - 1;
    while (i > 0 && ".!?,;…".indexOf(s.charAt(i)) >= 0) {
      i--;
    }
    return CLOSING_QUOTES.indexOf(s.charAt(i)) >= 0 || CLOSING_QUOTES.indexOf(s.charAt(s.length() - 1)) >= 0;
  }

  private static void names(String text, List<Anchor> out) {
    for (Token token : WordTokenizer.tokenize(text)) {
      String word = token.surface();
      if (!Character.isLetter(word.codePointAt(0))) {
        continue;
      }
      boolean latin = Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.LATIN;
      if (latin && word.length() >= 3) {
        out.add(new Anchor(AnchorKind.WORD, word.toLowerCase(Locale.ROOT)));
      }
      for (String skeleton : skeletons(word)) {
        out.add(new Anchor(AnchorKind.NAME, skeleton));
      }
      cognate(word).ifPresent(c -> out.add(new Anchor(AnchorKind.COGNATE, c)));
    }
  }

  /**
   * International words keep their consonants across scripts; the first four of a long word's
   * skeleton are a cheap cognate key. Hebrew is written without vowels, so its words are long
   * enough from five letters on.
   */
  private static java.util.Optional<String> cognate(String word) {
    boolean hebrew = Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.HEBREW;
    if (word.length() < (hebrew ? 5 : 7)) {
      return java.util.Optional.empty();
    }
    String skeleton = NameSkeleton.of(hebrew ? stripPrefix(word) : word);
    return skeleton.length() >= COGNATE_CONSONANTS
        ? java.util.Optional.of(skeleton.substring(0, COGNATE_CONSONANTS))
        : java.util.Optional.empty();
  }

  private static String stripPrefix(String word) {
    return Hebrew.withoutClitics(word, Hebrew.ANCHOR);
  }

  /**
   * Skeletons a word may stand for as a name. Hebrew has no capitals, so every word counts, with
   * and without a clitic prefix; in English and Russian only capitalised words do.
   */
  private static Set<String> skeletons(String word) {
    Set<String> out = new HashSet<>();
    boolean hebrew = Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.HEBREW;
    if (hebrew) {
      if (word.length() < 3) {
        return out;
      }
      for (String reading : Hebrew.cliticReadings(word, Hebrew.NAME_READING)) {
        addSkeleton(out, reading);
      }
    } else if (Character.isUpperCase(word.codePointAt(0)) && word.length() >= 3) {
      addSkeleton(out, word);
    }
    return out;
  }

  private static void addSkeleton(Set<String> out, String word) {
    String skeleton = NameSkeleton.of(word);
    if (skeleton.length() >= MIN_SKELETON) {
      out.add(skeleton);
      // Greek names keep a nominative -s in Hebrew and Russian: פטרוס / Peter.
      if (skeleton.length() >= 4 && skeleton.endsWith("s")) {
        out.add(skeleton.substring(0, skeleton.length() - 1));
      }
    }
  }
}
