package org.rosetta.check;

import java.util.ArrayList;
import java.util.List;
import org.rosetta.lang.Language;
import org.rosetta.lang.Token;
import org.rosetta.lang.WordTokenizer;
import org.rosetta.lexicon.KnownWords;
import org.rosetta.lexicon.PairLexicon;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;

/**
 * Which English words of a link its translation renders, as far as the lexicons can tell: a
 * word is rendered when some word of the translation is a likely translation of it (Model 1, in
 * either direction), and unrendered when none is even a remote one. Most words cannot be judged:
 * function words, which Model 1 pairs with anything, and words the lexicons saw too rarely to know
 * their translations; those say nothing either way.
 */
final class Rendering {
  /** A word rendered by some word with at least this probability in either direction. */
  static final double RENDERED = 0.3;
  /**
   * A word unrendered when no word of the translation reaches this. Between the two a word is
   * not judged: a lemma the lexicon splits among its forms lands there.
   */
  static final double UNRENDERED = 0.1;
  /** Seen fewer times than this, a word's table row is the noise of the few sentences it was in. */
  static final double MIN_OCCURRENCES = 5;
  /** Words more frequent than this (the, of, is) are function words, which no table row judges. */
  static final double FUNCTION_WORD_SHARE = 0.005;
  /** Words of the translation a batch's own lexicon may not know and still tell a word absent. */
  static final int SELF_TAUGHT_UNKNOWN = 1;

  enum State {
    RENDERED,
    UNRENDERED,
    NOT_JUDGED
  }

  /** An English word of the link, its place in its segment, and what the lexicons say of it. */
  record Word(Segment segment, Token token, State state) {}

  private Rendering() {}

  /**
   * The English words of a link in order, each judged against the translation's words by every
   * lexicon of the pair that knows it well enough; rendered if any says so.
   */
  static List<Word> of(List<PairLexicon> lexicons, List<Segment> english, List<Segment> translation) {
    String translated = Segment.joinedText(translation);
    List<KnownWords> known = lexicons.stream().map(l -> l.targetWords(translated)).toList();
    Language language = Language.of(Lang.EN);
    List<Word> words = new ArrayList<>();
    for (Segment segment : english) {
      for (Token token : WordTokenizer.tokenize(segment.text())) {
        List<String> keys = language.lexicalKeys(token.surface());
        if (!keys.isEmpty()) {
          words.add(new Word(segment, token, judge(lexicons, known, keys.get(0))));
        }
      }
    }
    return words;
  }

  private static State judge(List<PairLexicon> lexicons, List<KnownWords> known, String key) {
    boolean mayBeAbsent = false;
    double best = 0;
    for (int k = 0; k < lexicons.size(); k++) {
      PairLexicon lexicon = lexicons.get(k);
      int id = lexicon.sourceId(key);
      if (id < 0) {
        continue;
      }
      if (Math.exp(lexicon.sourceLogFrequency(id)) > FUNCTION_WORD_SHARE) {
        return State.NOT_JUDGED;
      }
      if (lexicon.sourceOccurrences(id) < MIN_OCCURRENCES) {
        continue;
      }
      // A word of the translation the lexicon never saw may be what renders this one (a Bible
      // lexicon does not know "computer"): only a lexicon that knows the translation's words can
      // tell it is absent. A batch's own lexicon, learned from its confident links, knows most of
      // the batch's words and may miss one: FLORES cut sentences flagged 69 of 106 so, 68 with
      // none missed; trusting it whatever it missed flagged 76 at one more false alarm.
      mayBeAbsent |= known.get(k).unknown() <= (lexicon.selfTaught() ? SELF_TAUGHT_UNKNOWN : 0);
      for (int target : known.get(k).ids()) {
        best = Math.max(best, Math.max(lexicon.forward().probability(id, target), lexicon.backward().probability(target, id)));
      }
    }
    if (best >= RENDERED) {
      return State.RENDERED;
    }
    return mayBeAbsent && best < UNRENDERED ? State.UNRENDERED : State.NOT_JUDGED;
  }

  /**
   * The words the English ends with that nothing renders: from the first of the last unrendered
   * words judged (words not judged between them included) to the end. Empty when fewer than
   * {@code atLeast} are, or when no word before them is rendered: a translation the lexicons
   * cannot follow from its start has not been seen to stop anywhere.
   */
  static List<Word> unrenderedEnd(List<Word> words, int atLeast) {
    int judged = 0;
    int from = words.size();
    for (int k = words.size() - 1; k >= 0; k--) {
      State state = words.get(k).state();
      if (state == State.RENDERED) {
        return judged >= atLeast ? words.subList(from, words.size()) : List.of();
      }
      if (state == State.UNRENDERED) {
        judged++;
        from = k;
      }
    }
    return List.of();
  }
}
