package org.rosetta.eval;

/**
 * Counts behind the evaluation figures of one target language, summed over documents
 * (micro-average), as the data set's README defines them.
 */
public final class Scores {
  long predictedPairs;
  long goldPairs;
  long correctPairs;
  long omitted;
  long omittedFound;
  long predictedOmissions;
  long predictedOmissionsCorrect;
  long added;
  long addedFound;
  long predictedAdditions;
  long predictedAdditionsCorrect;
  long untranslated;
  long untranslatedFlagged;
  /** Links and right links per confidence band ({@link #BANDS}). */
  final long[] bandLinks = new long[BANDS.length];
  final long[] bandRight = new long[BANDS.length];

  /** Lower bounds of the confidence bands eval reports: below 0.5 the reviewer is told a link is uncertain. */
  public static final double[] BANDS = {0.0, 0.5, 0.7, 0.9};

  void addLink(double score, boolean right) {
    int band = BANDS.length - 1;
    while (score < BANDS[band]) {
      band--;
    }
    bandLinks[band]++;
    bandRight[band] += right ? 1 : 0;
  }

  public long bandLinks(int band) {
    return bandLinks[band];
  }

  /** Share of the band's links that are right. */
  public double bandAccuracy(int band) {
    return ratio(bandRight[band], bandLinks[band]);
  }

  public void add(Scores o) {
    predictedPairs += o.predictedPairs;
    goldPairs += o.goldPairs;
    correctPairs += o.correctPairs;
    omitted += o.omitted;
    omittedFound += o.omittedFound;
    predictedOmissions += o.predictedOmissions;
    predictedOmissionsCorrect += o.predictedOmissionsCorrect;
    added += o.added;
    addedFound += o.addedFound;
    predictedAdditions += o.predictedAdditions;
    predictedAdditionsCorrect += o.predictedAdditionsCorrect;
    untranslated += o.untranslated;
    untranslatedFlagged += o.untranslatedFlagged;
    for (int b = 0; b < BANDS.length; b++) {
      bandLinks[b] += o.bandLinks[b];
      bandRight[b] += o.bandRight[b];
    }
  }

  /** The counts by name, for a machine to add up runs (e.g. one per left-out book). */
  public java.util.Map<String, Long> counts() {
    java.util.Map<String, Long> out = new java.util.LinkedHashMap<>();
    out.put("predictedPairs", predictedPairs);
    out.put("goldPairs", goldPairs);
    out.put("correctPairs", correctPairs);
    out.put("omitted", omitted);
    out.put("omittedFound", omittedFound);
    out.put("predictedOmissions", predictedOmissions);
    out.put("predictedOmissionsCorrect", predictedOmissionsCorrect);
    out.put("added", added);
    out.put("addedFound", addedFound);
    out.put("predictedAdditions", predictedAdditions);
    out.put("predictedAdditionsCorrect", predictedAdditionsCorrect);
    out.put("untranslated", untranslated);
    out.put("untranslatedFlagged", untranslatedFlagged);
    for (int b = 0; b < BANDS.length; b++) {
      out.put("band" + b + "Links", bandLinks[b]);
      out.put("band" + b + "Right", bandRight[b]);
    }
    return out;
  }

  public double precision() {
    return ratio(correctPairs, predictedPairs);
  }

  public double recall() {
    return ratio(correctPairs, goldPairs);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double omissionRecall() {
    return ratio(omittedFound, omitted);
  }

  public double omissionPrecision() {
    return ratio(predictedOmissionsCorrect, predictedOmissions);
  }

  public double additionRecall() {
    return ratio(addedFound, added);
  }

  public double additionPrecision() {
    return ratio(predictedAdditionsCorrect, predictedAdditions);
  }

  public double untranslatedRecall() {
    return ratio(untranslatedFlagged, untranslated);
  }

  public long untranslated() {
    return untranslated;
  }

  public long untranslatedFlagged() {
    return untranslatedFlagged;
  }

  private static double ratio(long a, long b) {
    return b == 0 ? 1.0 : a / (double) b;
  }
}
