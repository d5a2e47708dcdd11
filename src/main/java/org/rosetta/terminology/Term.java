package org.rosetta.terminology;

import java.util.Objects;

/**
 * One written form of a concept in one language.
 *
 * @param partOfSpeech noun, verb, adjective, properNoun... or empty; two approved renderings of
 *     different parts of speech ("coordination" / "coordinate") are not an inconsistency
 */
public record Term(String text, TermStatus status, String partOfSpeech) {
  public Term {
    Objects.requireNonNull(status, "status");
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a term needs a text");
    }
    text = text.strip();
    partOfSpeech = partOfSpeech == null ? "" : partOfSpeech.strip();
  }
}
