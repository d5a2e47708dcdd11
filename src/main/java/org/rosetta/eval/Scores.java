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
