package org.rosetta.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rosetta.align.Link;
import org.rosetta.lang.Language;
import org.rosetta.lang.Token;
import org.rosetta.lang.WordTokenizer;
import org.rosetta.lexicon.PairLexicon;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;
import org.rosetta.text.Span;

/**
 * Translations far shorter or longer than the norm ({@code length.outlier}): a sentence rendered
 * by a third of its length has usually lost a clause. The norm ({@link LengthNorm}) is the
 * document's own or, in a batch, the batch's moved toward the document's. A translation that
 * ends on a word its language never ends a sentence with (a preposition, a conjunction) has
 * stopped early whatever its length:
 * {@code translation.incomplete}, as for one whose last English words nothing renders.
 */
public final class LengthRule implements Rule {
  /** What may follow a sentence's last word: its closing punctuation, quotes and brackets. */
  private static final java.util.regex.Pattern SENTENCE_CLOSE = java.util.regex.Pattern.compile("\\s*[.!?…]*[\"»”’')]*\\s*");
  private static final int MIN_LINKS = 5;
  private static final double MIN_DEVIATION = Math.log(2.0);
  private static final double SPREADS = 4.0;
  /**
   * A translation shorter than the norm is judged closer: a sentence cut short or a clause
   * dropped makes it shorter, and nothing a translator does on purpose makes it much shorter.
   * Measured on FLORES: at 0.61 of the norm (or two spreads), 4 of 4,018 professional
   * translations are flagged and about two thirds of sentences cut to 45–70% of their words; at
   * 0.64, 9 and three quarters, and the seed statement's Russian, which leaves out a redundant
   * "including dramatic ones", with it.
   */
  private static final double SHORTER_MIN_DEVIATION = 0.5;
  private static final double SHORTER_SPREADS = 2.0;
  /**
   * A translation this much shorter than the norm whose last English words nothing renders
   * ({@link Rendering}) has stopped early: {@code translation.incomplete}, naming those words. The
   * words bring in sentences cut to two thirds that length alone leaves
   * ({@link #SHORTER_MIN_DEVIATION}), and where length flags a sentence they say what is missing.
   * Measured on FLORES in a batch (its own lexicon and the built-in one): sentences cut short
   * flagged 69 of 106 instead of 62, and no more alarms on 4,486 professional translations; at
   * 0.3 of a log one more, at 0.25 five.
   */
  private static final double INCOMPLETE_DEVIATION = 0.35;
  /** Unrendered words at the English end: with two, more cut sentences are flagged, and five more professional translations that fold a clause into a word. */
  private static final int UNRENDERED_AT_END = 3;
  /**
   * In a batch, a document's own median counts as this many of the batch's links: a statement of
   * 14 sentences keeps a quarter of its own norm, so its translator's habits count a little, and
   * the batch's norm and spread, which two concise sentences cannot move, decide the rest.
   */
  private static final double BATCH_PRIOR_LINKS = 40;
  /**
   * Against a batch's norm a shorter translation is flagged closer than against a document's own:
   * measured on FLORES in a batch, at 0.47 of a log (or 2.8 spreads) 8 of 4,486 professional
   * translations are flagged instead of 6, and sentences cut short 82 of 106 instead of 77, clauses
   * dropped 31 of 64 instead of 25; at 0.45, 11 professional translations are flagged.
   */
  private static final double BATCH_SHORTER_MIN_DEVIATION = 0.47;
  private static final double BATCH_SHORTER_SPREADS = 2.8;

  @Override
  public List<Finding> check(CheckContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Lang lang : context.targets()) {
      List<Link> links = LengthNorm.judged(context, lang);
      LengthNorm batch = context.lengthNorms().get(lang);
      if (links.isEmpty() || (batch == null && links.size() < MIN_LINKS)) {
        continue;
      }
      double[] ratios = links.stream().mapToDouble(l -> LengthNorm.logRatio(context, lang, l)).toArray();
      LengthNorm own = LengthNorm.of(ratios);
      // Longer keeps the document's own spread: the batch's norm was measured on the shorter side only.
      double longer = Math.max(MIN_DEVIATION, SPREADS * own.spread());
      double median;
      double shorter;
      if (batch == null) {
        median = own.median();
        shorter = Math.max(SHORTER_MIN_DEVIATION, SHORTER_SPREADS * own.spread());
      } else {
        median = (links.size() * own.median() + BATCH_PRIOR_LINKS * batch.median()) / (links.size() + BATCH_PRIOR_LINKS);
        shorter = Math.max(BATCH_SHORTER_MIN_DEVIATION, BATCH_SHORTER_SPREADS * batch.spread());
      }
      for (int k = 0; k < links.size(); k++) {
        double deviation = ratios[k] - median;
        Link l = links.get(k);
        Optional<Token> dangling = danglingEnd(context, lang, l);
        if (dangling.isPresent()) {
          findings.add(danglingFinding(context, lang, l, dangling.get()));
          continue;
        }
        if (-deviation > INCOMPLETE_DEVIATION) {
          List<Rendering.Word> end = unrenderedEnd(context, lang, l);
          if (!end.isEmpty()) {
            findings.add(incomplete(context, lang, l, end));
            continue;
          }
        }
        if (deviation > longer || -deviation > shorter) {
          List<Segment> segments = new ArrayList<>(context.sourceOf(l));
          segments.addAll(context.targetOf(lang, l));
          String direction = deviation < 0 ? "shorter" : "longer";
          findings.add(
              AlignmentRule.finding(
                  RuleId.LENGTH_OUTLIER,
                  Severity.WARNING,
                  lang,
                  segments,
                  String.format(
                      Locale.ROOT,
                      deviation < 0
                          ? "%s is %.1f times %s than usual here relative to its English: check for a lost clause or a sentence cut short"
                          : "%s is %.1f times %s than usual here relative to its English: check for an added clause",
                      segments.get(segments.size() - 1).id(),
                      Math.exp(Math.abs(deviation)),
                      direction)));
        }
      }
    }
    return findings;
  }

  /**
   * The translation's last word when it is one that never ends a sentence in its language
   * ({@link Language#neverLast}: "…в соответствии с.", "…בעקבות.") and the English does not end
   * on such a word itself. "В" and "с" after a number or a slash abbreviate century and second.
   */
  private static Optional<Token> danglingEnd(CheckContext context, Lang lang, Link l) {
    List<Segment> translation = context.targetOf(lang, l);
    Segment last = translation.get(translation.size() - 1);
    List<Token> words = WordTokenizer.tokenize(last.text());
    if (words.size() < 2) {
      return Optional.empty();
    }
    Token word = words.get(words.size() - 1);
    String lower = word.surface().toLowerCase(lang.locale());
    if (!Language.of(lang).neverLast().contains(lower) || !SENTENCE_CLOSE.matcher(last.text().substring(word.end())).matches()) {
      return Optional.empty();
    }
    // Only a translation that ends so needs its English read: most do not.
    List<Token> english = WordTokenizer.tokenize(Segment.joinedText(context.sourceOf(l)));
    if (english.isEmpty() || Language.of(Lang.EN).neverLast().contains(english.get(english.size() - 1).surface().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    String before = last.text().substring(0, word.start());
    if (lower.length() == 1 && !before.isEmpty() && !Character.isWhitespace(before.charAt(before.length() - 1))) {
      return Optional.empty();
    }
    String previous = words.get(words.size() - 2).surface();
    if (lower.length() == 1 && previous.chars().allMatch(c -> Character.isDigit(c) || "IVXLCDM".indexOf(c) >= 0)) {
      return Optional.empty();
    }
    return Optional.of(word);
  }

  private static Finding danglingFinding(CheckContext context, Lang lang, Link l, Token word) {
    List<Segment> translation = context.targetOf(lang, l);
    Segment last = translation.get(translation.size() - 1);
    return new Finding(
        RuleId.TRANSLATION_INCOMPLETE,
        Severity.WARNING,
        lang,
        context.ids(lang, l),
        List.of(last.spanOf(word.start(), word.end())),
        String.format(
            Locale.ROOT,
            "%s ends on \"%s\", a word that leads to words after it: the sentence stops before its English does",
            last.id(),
            word.surface()),
        null,
        word.surface());
  }

  private static List<Rendering.Word> unrenderedEnd(CheckContext context, Lang lang, Link l) {
    List<PairLexicon> lexicons = context.lexicons().pair(Lang.EN, lang);
    if (lexicons.isEmpty()) {
      return List.of();
    }
    return Rendering.unrenderedEnd(Rendering.of(lexicons, context.sourceOf(l), context.targetOf(lang, l)), UNRENDERED_AT_END);
  }

  /** The finding for a translation that stops early: the English words left out marked, and the translation's last sentence. */
  private static Finding incomplete(CheckContext context, Lang lang, Link l, List<Rendering.Word> end) {
    List<Span> spans = new ArrayList<>();
    StringBuilder missing = new StringBuilder();
    Segment at = null;
    int from = 0;
    int to = 0;
    for (Rendering.Word word : end) {
      if (word.segment() != at) {
        if (at != null) {
          spans.add(at.spanOf(from, to));
          missing.append(at.text(), from, to).append(' ');
        }
        at = word.segment();
        from = word.token().start();
      }
      to = word.token().end();
    }
    spans.add(at.spanOf(from, to));
    missing.append(at.text(), from, to);
    List<Segment> translation = context.targetOf(lang, l);
    Segment last = translation.get(translation.size() - 1);
    spans.add(new Span(last.id(), last.start(), last.end()));
    String missed = missing.toString();
    return new Finding(
        RuleId.TRANSLATION_INCOMPLETE,
        Severity.WARNING,
        lang,
        context.ids(lang, l),
        spans,
        String.format(
            Locale.ROOT,
            "%s stops before its English does: nothing in it renders \"%s\" at the end of %s",
            last.id(),
            missed.length() > 80 ? missed.substring(0, 77) + "..." : missed,
            end.get(0).segment().id()),
        missed,
        null);
  }
}
