package org.rosetta.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.rosetta.lexicon.Lexicons;
import org.rosetta.lexicon.PairLexicon;
import org.rosetta.text.Segment;

/**
 * Rosetta's aligner. A link's cost is the prior of its shape, a length cost whose ratio and
 * variance are learned from the document (first from the totals, then refitted on the confident
 * one-to-one links of a first pass), and a lexical cost from anchors shared or missed
 * ({@link AnchorKind}). The second pass, with the refitted lengths and the words the first pass
 * taught ({@link DocumentDictionary}), searches only near the first pass's path, and there weighs
 * what a translation memory or the batch taught ({@link LexicalEvidence}). Omissions and
 * additions cost a constant rather than a length penalty, so a dropped sentence is not forced into
 * a neighbour's link. Each link's score is the margin of the decision against its nearest
 * alternative, squashed to 0..1 ({@link LinkScorer}).
 */
public final class AnchoredAligner implements Aligner {
  /** Extra cost of leaving a sentence unlinked, on top of its shape prior. */
  static final double NULL_COST = 0.5;
  /**
   * The same with a memory's word evidence: the words then tell a dropped sentence from a
   * neighbour's, and the bias against leaving sentences unlinked only hides omissions. Reached as
   * far as the memory knows the texts' words ({@link LexicalEvidence#unlinkedStrength}).
   */
  static final double NULL_COST_WITH_LEXICON = 0.0;

  /**
   * How much a nat of a trusted memory's evidence ({@link LexicalEvidence}) weighs against the
   * length and anchor costs. Model 1's ratios are overconfident: weighed fully (1.0) they made
   * loosely rendered verses into omissions; 0.3 to 0.7 gave F1 within 0.002 with a memory, and 0.5
   * found the most omissions at a precision of 0.9 or more (eval, one book left out).
   */
  static final double LEXICAL_WEIGHT = 0.5;

  /**
   * The first pass only finds where the path runs and which links are sure; the rarer shapes
   * change neither, and leaving them out halves its cost.
   */
  private static final List<LinkShape> FIRST_PASS_SHAPES =
      List.of(LinkShape.SUBSTITUTION, LinkShape.DELETION, LinkShape.INSERTION, LinkShape.CONTRACTION, LinkShape.EXPANSION);

  private final AnchorExtractor anchors;
  private final Lexicons lexicons;
  private final FirstPasses firstPasses;
  private final BandedAligner firstPass = new BandedAligner(FIRST_PASS_SHAPES);
  private final BandedAligner secondPass = new BandedAligner(LinkShape.ALL);
  private TextAnchors lastSource;

  public AnchoredAligner(AnchorExtractor anchors) {
    this(anchors, Lexicons.NONE);
  }

  /** @param lexicons what a translation memory taught, used beside the anchors and lengths */
  public AnchoredAligner(AnchorExtractor anchors, Lexicons lexicons) {
    this(anchors, lexicons, new FirstPasses());
  }

  private AnchoredAligner(AnchorExtractor anchors, Lexicons lexicons, FirstPasses firstPasses) {
    this.anchors = anchors;
    this.lexicons = lexicons;
    this.firstPasses = firstPasses;
  }

  /**
   * The same aligner with other lexicons, for aligning the same texts again (a batch, after
   * learning from it): the first pass, which no lexicon enters, is not run again for texts this
   * aligner or another made by it has aligned; the second pass weighs the new lexicons.
   */
  public AnchoredAligner withLexicons(Lexicons other) {
    return new AnchoredAligner(anchors, other, firstPasses);
  }

  @Override
  public List<Link> align(List<Segment> source, List<Segment> target) {
    FirstPass first = firstPasses.of(source, target, () -> firstPass(source, target));
    LinkCostModel model =
        new LinkCostModel(
            first.ls(), first.lt(), first.untranslated(), first.refit(), first.learned(), first.paragraphs(),
            lexicalEvidence(source, target, first.links()));
    return new LinkScorer(model, LinkShape.ALL, LinkScorer.EVEN_ODDS_MARGIN)
        .score(secondPass.alignNear(first.links(), first.ls().length, first.lt().length, model));
  }

  private FirstPass firstPass(List<Segment> source, List<Segment> target) {
    int[] ls = source.stream().mapToInt(Segment::letterCount).toArray();
    int[] lt = target.stream().mapToInt(Segment::letterCount).toArray();
    int[] untranslated = untranslatedLetters(source, target, lt);
    boolean sameParagraphs = similarParagraphs(source, target);
    List<List<Anchor>> sourceAnchors = sourceAnchorsOf(source);
    List<List<Anchor>> targetAnchors = anchorsOf(target);
    AnchorTable table = new AnchorTable(sourceAnchors, targetAnchors, sameParagraphs);

    Paragraphs paragraphs = sameParagraphs ? Paragraphs.of(source, target) : Paragraphs.NONE;
    LengthModel first = LengthModel.ofTotals(source, target);
    // The first pass only finds where the path runs; the memory's words decide within the second
    // pass's corridor. Weighing them across the first pass's wide band too cost a third of a
    // book's time for no measurable gain (eval with a memory, leaving one book out).
    LinkCostModel firstModel = new LinkCostModel(ls, lt, untranslated, first, table, paragraphs, null);
    List<Link> firstLinks =
        new LinkScorer(firstModel, FIRST_PASS_SHAPES, 0).score(firstPass.alignAlongLengths(ls, lt, firstModel));
    LengthModel refit = LengthModel.fit(confidentPairs(firstLinks, ls, lt, untranslated), first);

    DocumentDictionary dictionary = DocumentDictionary.learn(source, target, firstLinks);
    AnchorTable learned =
        new AnchorTable(
            with(sourceAnchors, dictionary::sourceAnchors),
            with(targetAnchors, dictionary::targetAnchors),
            sameParagraphs);
    return new FirstPass(ls, lt, untranslated, paragraphs, firstLinks, refit, learned);
  }

  private LexicalEvidence lexicalEvidence(List<Segment> source, List<Segment> target, List<Link> firstLinks) {
    if (source.isEmpty() || target.isEmpty()) {
      return null;
    }
    List<PairLexicon> pair = lexicons.pair(source.get(0).lang(), target.get(0).lang());
    return pair.isEmpty() ? null : new LexicalEvidence(pair, source, target, places(firstLinks, source.size()));
  }

  /** For each source sentence, the first target sentence of its link (or where it was left out). */
  private static int[] places(List<Link> links, int sourceCount) {
    int[] places = new int[sourceCount];
    for (Link link : links) {
      for (int i = link.sourceFrom(); i < link.sourceTo(); i++) {
        places[i] = link.targetFrom();
      }
    }
    return places;
  }

  /**
   * The English text is aligned with each translation, on two threads at once: its anchors are
   * found by the first and shared with the second, which waits for them. Read-only once built.
   */
  private synchronized List<List<Anchor>> sourceAnchorsOf(List<Segment> source) {
    if (lastSource == null || lastSource.segments() != source) {
      lastSource = new TextAnchors(source, anchorsOf(source));
    }
    return lastSource.anchors();
  }

  private record TextAnchors(List<Segment> segments, List<List<Anchor>> anchors) {}

  /**
   * What the first pass learns of two texts, none of it from a lexicon: their lengths, the first
   * path, the lengths refitted on it, and the anchors with the words it taught.
   */
  private record FirstPass(
      int[] ls, int[] lt, int[] untranslated, Paragraphs paragraphs, List<Link> links, LengthModel refit, AnchorTable learned) {}

  /**
   * First passes by the very lists of segments they were made for (a batch aligns the same lists
   * again), shared by an aligner and those {@link #withLexicons} makes of it. Russian and Hebrew
   * are aligned on two threads at once.
   */
  private static final class FirstPasses {
    private final Map<Texts, FirstPass> made = new ConcurrentHashMap<>();

    FirstPass of(List<Segment> source, List<Segment> target, Supplier<FirstPass> make) {
      Texts texts = new Texts(source, target);
      FirstPass known = made.get(texts);
      if (known != null) {
        return known;
      }
      FirstPass first = make.get();
      made.put(texts, first);
      return first;
    }
  }

  /** Two lists of segments, the same only if they are the same lists: comparing their contents would cost more than it saves. */
  private record Texts(List<Segment> source, List<Segment> target) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Texts texts && texts.source == source && texts.target == target;
    }

    @Override
    public int hashCode() {
      return 31 * System.identityHashCode(source) + System.identityHashCode(target);
    }
  }

  private List<List<Anchor>> anchorsOf(List<Segment> segments) {
    List<List<Anchor>> out = new ArrayList<>(segments.size());
    for (int k = 0; k < segments.size(); k++) {
      List<Anchor> list = new ArrayList<>(anchors.anchors(segments.get(k)));
      if (k > 0 && segments.get(k).paragraph() != segments.get(k - 1).paragraph()) {
        list.add(new Anchor(AnchorKind.PARAGRAPH, "start"));
      }
      out.add(list);
    }
    return out;
  }

  /** Each segment's anchors with more anchors of the segment at the same index. */
  private static List<List<Anchor>> with(List<List<Anchor>> anchors, IntFunction<List<Anchor>> more) {
    List<List<Anchor>> out = new ArrayList<>(anchors.size());
    for (int k = 0; k < anchors.size(); k++) {
      List<Anchor> list = new ArrayList<>(anchors.get(k));
      list.addAll(more.apply(k));
      out.add(list);
    }
    return out;
  }

  /** Paragraph breaks are evidence only when both texts break about as often. */
  private static boolean similarParagraphs(List<Segment> source, List<Segment> target) {
    if (source.isEmpty() || target.isEmpty()) {
      return false;
    }
    int ps = source.get(source.size() - 1).paragraph();
    int pt = target.get(target.size() - 1).paragraph();
    return ps > 1 && Math.abs(ps - pt) <= Math.max(1, ps / 10);
  }

  private static List<int[]> confidentPairs(List<Link> scored, int[] ls, int[] lt, int[] untranslated) {
    List<int[]> pairs = new ArrayList<>();
    for (Link l : scored) {
      if (l.sourceCount() == 1 && l.targetCount() == 1 && l.score() >= 0.8 && untranslated[l.targetFrom()] == 0) {
        pairs.add(new int[] {ls[l.sourceFrom()], lt[l.targetFrom()]});
      }
    }
    return pairs;
  }

  /**
   * Letters of the target sentences written in the source's script (an English sentence left in
   * the Russian file), 0 for the others. Such a sentence is as long as its source, not ratio times
   * as long; measured with the translation's ratio, it looks too long for its one source sentence
   * and gets linked with a neighbour's too.
   */
  private static int[] untranslatedLetters(List<Segment> source, List<Segment> target, int[] lt) {
    int[] out = new int[lt.length];
    if (source.isEmpty() || target.isEmpty() || source.get(0).lang().script() == target.get(0).lang().script()) {
      return out;
    }
    Character.UnicodeScript script = source.get(0).lang().script();
    for (int j = 0; j < lt.length; j++) {
      int inScript = target.get(j).lettersIn(script);
      out[j] = 2 * inScript > lt[j] ? lt[j] : 0;
    }
    return out;
  }

  /**
   * Paragraph numbers of both texts, when they break paragraphs alike: then a link that runs
   * over a paragraph break on either side is unlikely, since translators keep paragraphs.
   */
  record Paragraphs(int[] source, int[] target) {
    static final Paragraphs NONE = new Paragraphs((int[]) null, (int[]) null);

    static Paragraphs of(List<Segment> source, List<Segment> target) {
      return new Paragraphs(
          source.stream().mapToInt(Segment::paragraph).toArray(), target.stream().mapToInt(Segment::paragraph).toArray());
    }

    /** Paragraph breaks inside source {@code [i, i+a)} and target {@code [j, j+b)}. */
    int breaksWithin(int i, int a, int j, int b) {
      if (source == null || a == 0 || b == 0) {
        return 0;
      }
      return source[i + a - 1] - source[i] + target[j + b - 1] - target[j];
    }
  }

  /** Shape prior + learned length cost + anchors + what the memory's words say. */
  static final class LinkCostModel implements LinkCost {
    private final int[] ls;
    private final int[] lt;
    private final int[] untranslated;
    private final LengthModel length;
    private final AnchorTable anchors;
    private final Paragraphs paragraphs;
    private final LexicalEvidence lexical;
    /** The memory's weight and the cost of an unlinked sentence, by how much the memory can be trusted. */
    private final double lexicalWeight;
    private final double nullCost;

    /** @param lexical the memory's evidence, or null without a memory */
    LinkCostModel(
        int[] ls, int[] lt, int[] untranslated, LengthModel length, AnchorTable anchors, Paragraphs paragraphs, LexicalEvidence lexical) {
      this.ls = ls;
      this.lt = lt;
      this.untranslated = untranslated;
      this.length = length;
      this.anchors = anchors;
      this.paragraphs = paragraphs;
      this.lexical = lexical;
      double strength = lexical == null ? 0 : lexical.strength();
      this.lexicalWeight = LEXICAL_WEIGHT * strength;
      this.nullCost = NULL_COST + (NULL_COST_WITH_LEXICON - NULL_COST) * (lexical == null ? 0 : lexical.unlinkedStrength());
    }

    @Override
    public double cost(int i, int a, int j, int b) {
      double lexical = anchors.cost(i, a, j, b);
      if (a == 0 || b == 0) {
        return LinkShape.costOf(a, b) + nullCost + lexical;
      }
      if (this.lexical != null) {
        lexical -= lexicalWeight * this.lexical.score(i, a, j, b);
      }
      int s = LengthBasedAligner.sum(ls, i, a);
      // Untranslated letters count as their translation would: ratio times as many.
      double t = LengthBasedAligner.sum(lt, j, b) + (length.ratio() - 1) * LengthBasedAligner.sum(untranslated, j, b);
      return LinkShape.costOf(a, b)
          + length.cost(s, t)
          + lexical
          + AnchorKind.PARAGRAPH.match() * paragraphs.breaksWithin(i, a, j, b);
    }
  }
}
