package org.rosetta.align;

/**
 * Source sentences {@code [sourceFrom, sourceTo)} render target sentences {@code [targetFrom,
 * targetTo)}; either range may be empty (an omission or an addition).
 *
 * @param score confidence in this link, 0..1: how much better it is than the nearest
 *     alternative the aligner weighed (unlinking the sentences, or joining a neighbour)
 */
public record Link(int sourceFrom, int sourceTo, int targetFrom, int targetTo, double score) {
  public Link {
    if (sourceFrom > sourceTo || targetFrom > targetTo || (sourceFrom == sourceTo && targetFrom == targetTo)) {
      throw new IllegalArgumentException(
          "bad link [" + sourceFrom + "," + sourceTo + ") -> [" + targetFrom + "," + targetTo + ")");
    }
  }

  public int sourceCount() {
    return sourceTo - sourceFrom;
  }

  public int targetCount() {
    return targetTo - targetFrom;
  }

  /** "1-1", "2-1", "1-0"...: source sentences, then target sentences. */
  public String shape() {
    return sourceCount() + "-" + targetCount();
  }

  public boolean isOmission() {
    return targetCount() == 0;
  }

  public boolean isAddition() {
    return sourceCount() == 0;
  }

  /** Whether the other link joins the same sentences, whatever its score. */
  public boolean sameSentences(Link other) {
    return other.sourceFrom == sourceFrom && other.sourceTo == sourceTo && other.targetFrom == targetFrom && other.targetTo == targetTo;
  }

  public Link withScore(double newScore) {
    return new Link(sourceFrom, sourceTo, targetFrom, targetTo, newScore);
  }
}
