package org.rosetta.review;

/** How far the review of a check has come. */
public record ReviewProgress(long links, long accepted, long rejected) {
  public long reviewed() {
    return accepted + rejected;
  }
}
