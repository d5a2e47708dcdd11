package org.rosetta.align;

/** Lets tests of other packages build verse text the way {@link BibleDocuments} does. */
public final class BibleDocumentsAccess {
  private BibleDocumentsAccess() {}

  public static String sentenceFinal(String verse) {
    return BibleDocuments.sentenceFinal(verse);
  }
}
