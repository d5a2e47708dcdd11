package org.rosetta.text;

/**
 * A request the engine or the store refuses, in words the user can act on: a re-link onto the
 * segment's own link, a status that does not exist, an unknown language code. Front doors answer it
 * as the user's error (400, exit 2); an {@link IllegalArgumentException} is a broken invariant, a bug
 * of ours (500, exit 3).
 */
public class Refusal extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public Refusal(String message) {
    super(message);
  }

  public Refusal(String message, Throwable cause) {
    super(message, cause);
  }
}
