package org.rosetta.review;

/** An update based on a version that someone else has changed since: reload and decide again. */
public class StaleUpdate extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StaleUpdate(String message) {
    super(message);
  }
}
