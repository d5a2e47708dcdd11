package org.rosetta;

import java.util.Objects;
import org.rosetta.lexicon.Lexicons;
import org.rosetta.terminology.Glossary;
import org.rosetta.terminology.TermMatcher;

/**
 * What a check knows besides the texts: the approved terms, which anchor the alignment and which
 * the terminology rules look for, and the word translations a memory, the built-in lexicon or a
 * batch taught, which the aligner weighs and the rules that judge words read. Neither is ever
 * null: {@link TermMatcher#NONE} and {@link Lexicons#NONE} stand for none.
 *
 * @param terms the glossary's matcher; a service keeps one per glossary, since building it reads
 *     every term's forms
 * @param lexicons for a batch, the memory's: what the batch itself teaches is added to it
 */
public record Evidence(TermMatcher terms, Lexicons lexicons) {
  /** Neither terms nor lexicons: the texts alone. */
  public static final Evidence NONE = new Evidence(TermMatcher.NONE, Lexicons.NONE);

  public Evidence {
    Objects.requireNonNull(terms, "terms: use TermMatcher.NONE");
    Objects.requireNonNull(lexicons, "lexicons: use Lexicons.NONE");
  }

  /** A glossary's terms alone; an empty glossary, or none, is {@link #NONE}. */
  public static Evidence of(Glossary glossary) {
    return of(glossary == null || glossary.isEmpty() ? TermMatcher.NONE : new TermMatcher(glossary));
  }

  /** A prepared glossary's terms alone. */
  public static Evidence of(TermMatcher terms) {
    return new Evidence(terms, Lexicons.NONE);
  }

  /** Lexicons alone, no glossary. */
  public static Evidence of(Lexicons lexicons) {
    return new Evidence(TermMatcher.NONE, lexicons);
  }

  public Evidence withLexicons(Lexicons more) {
    return new Evidence(terms, more);
  }
}
