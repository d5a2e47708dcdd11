package org.rosetta.store;

/** A check, link or glossary id that does not exist (any more). */
public class NotFound extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotFound(String what) {
    super(what + " does not exist");
  }
}
