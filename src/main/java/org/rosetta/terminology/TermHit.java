package org.rosetta.terminology;

/**
 * A glossary term found in a text.
 *
 * @param start UTF-16 offset in the searched text, inclusive
 * @param end UTF-16 offset in the searched text, exclusive
 * @param found the text as written there ("Путиным" for the term "Путин")
 * @param derived whether the text has a word derived from the term ("израильский" for "Израиль")
 */
public record TermHit(Concept concept, Term term, int start, int end, String found, boolean derived) {
  public boolean overlaps(TermHit other) {
    return start < other.end && other.start < end;
  }

  int length() {
    return end - start;
  }
}
