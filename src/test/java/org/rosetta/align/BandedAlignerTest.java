package org.rosetta.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The band and the corridor are shortcuts: they must find the path a search of the whole matrix
 * finds, as long as that path stays near the diagonal or near the earlier pass.
 */
class BandedAlignerTest {
  private final BandedAligner dp = new BandedAligner(LinkShape.ALL);

  @Test
  void theBandFindsTheCheapestPathOfTheWholeMatrix() {
    Texts texts = Texts.random(400, 7);

    assertThat(dp.align(texts.n(), texts.m(), texts.cost())).isEqualTo(exhaustive(texts));
  }

  @Test
  void theCorridorAroundAGoodPathFindsTheSamePath() {
    Texts texts = Texts.random(400, 11);
    List<Link> best = exhaustive(texts);

    assertThat(dp.alignNear(best, texts.n(), texts.m(), texts.cost())).isEqualTo(best);
  }

  @Test
  void theCorridorWidensWhenTheEarlierPathWasFarOff() {
    Texts texts = Texts.random(300, 13);
    List<Link> best = exhaustive(texts);
    // An earlier pass that dropped the first 40 source sentences and added the last 40 targets.
    List<Link> wrong = new ArrayList<>();
    wrong.add(new Link(0, 3, 0, 0, 0));
    for (int i = 3; i < 40; i += 3) {
      wrong.add(new Link(i, Math.min(i + 3, 40), 0, 0, 0));
    }
    for (int i = 40; i < texts.n(); i++) {
      wrong.add(new Link(i, i + 1, i - 40, i - 39, 0));
    }
    for (int j = texts.n() - 40; j < texts.m(); j++) {
      wrong.add(new Link(texts.n(), texts.n(), j, j + 1, 0));
    }

    assertThat(dp.alignNear(wrong, texts.n(), texts.m(), texts.cost())).isEqualTo(best);
  }

  /**
   * A translation that cuts the long sentences of a text's second half in two: by the middle of
   * the text it has a quarter more sentences than the sentence diagonal expects, but as many
   * letters as its source's share; the band along the letters runs where the path does.
   */
  @Test
  void theBandAlongTheLettersFollowsATranslationThatCutsSentencesFiner() {
    int n = 400;
    int[] source = new int[n];
    List<Integer> target = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      source[i] = i < n / 2 ? 30 : 120;
      if (i < n / 2) {
        target.add(18);
      } else {
        target.add(36);
        target.add(36);
      }
    }
    Texts texts = new Texts(source, target.stream().mapToInt(Integer::intValue).toArray());
    int w = 18;

    BandedAligner.Corridor alongLetters = BandedAligner.Corridor.alongLengths(texts.source(), texts.target(), w);
    BandedAligner.Corridor diagonal = BandedAligner.Corridor.diagonal(texts.n(), texts.m(), w);

    assertThat(alongLetters.lo()[n / 2]).isLessThanOrEqualTo(n / 2);
    assertThat(alongLetters.hi()[n / 2]).isGreaterThanOrEqualTo(n / 2);
    assertThat(diagonal.lo()[n / 2]).isGreaterThan(n / 2);
    assertThat(dp.alignAlongLengths(texts.source(), texts.target(), texts.cost())).isEqualTo(exhaustive(texts));
  }

  /** Gale-Church-like lengths: target i renders source i, with a few sentences dropped. */
  private record Texts(int[] source, int[] target) {
    static Texts random(int n, long seed) {
      Random random = new Random(seed);
      int[] source = new int[n];
      List<Integer> target = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        source[i] = 20 + random.nextInt(150);
        if (random.nextInt(30) != 0) {
          target.add((int) Math.max(1, source[i] * 0.6 + random.nextGaussian() * 6));
        }
      }
      return new Texts(source, target.stream().mapToInt(Integer::intValue).toArray());
    }

    int n() {
      return source.length;
    }

    int m() {
      return target.length;
    }

    LinkCost cost() {
      LengthModel model = new LengthModel(0.6, 4);
      return (i, a, j, b) ->
          LinkShape.costOf(a, b)
              + (a == 0 || b == 0
                  ? AnchoredAligner.NULL_COST
                  : model.cost(LengthBasedAligner.sum(source, i, a), LengthBasedAligner.sum(target, j, b)));
    }
  }

  /** The cheapest path over the whole matrix, without band or corridor. */
  private static List<Link> exhaustive(Texts texts) {
    int n = texts.n();
    int m = texts.m();
    LinkCost cost = texts.cost();
    double[][] best = new double[n + 1][m + 1];
    LinkShape[][] back = new LinkShape[n + 1][m + 1];
    for (double[] row : best) {
      java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
    }
    best[0][0] = 0;
    for (int i = 0; i <= n; i++) {
      for (int j = 0; j <= m; j++) {
        for (LinkShape shape : LinkShape.ALL) {
          int pi = i - shape.source();
          int pj = j - shape.target();
          if ((i == 0 && j == 0) || pi < 0 || pj < 0) {
            continue;
          }
          double c = best[pi][pj] + cost.cost(pi, shape.source(), pj, shape.target());
          if (c < best[i][j]) {
            best[i][j] = c;
            back[i][j] = shape;
          }
        }
      }
    }
    List<Link> links = new ArrayList<>();
    for (int i = n, j = m; i > 0 || j > 0; ) {
      LinkShape shape = back[i][j];
      links.add(0, new Link(i - shape.source(), i, j - shape.target(), j, 0));
      i -= shape.source();
      j -= shape.target();
    }
    return links;
  }
}
