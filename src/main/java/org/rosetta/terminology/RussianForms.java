package org.rosetta.terminology;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rosetta.lang.Russian;

/**
 * Russian words compared by dictionary form: a text word's keys are its own form and every lemma
 * the dictionary gives it ("Павла" → павел); a term word's keys are the same, and when the
 * dictionary does not have it as a dictionary form, all its forms by the declension tables
 * ("Аврахам" → аврахама, аврахаму…; "Галилея", which it only knows as a form of Галилей).
 * So Христа, Моисея, Филистимляне and Аврахама match their names, and "Галилеи" (a form of
 * Галилея) does not match "Галиль", as a shared stem made it do.
 */
final class RussianForms implements WordForms {
  private static final String FORM = "F:";
  private static final String LEMMA = "L:";
  private static final String DERIVED = "D:";

  private final Russian russian = Russian.get();
  private final boolean derived;

  /** @param derived whether text words are also keyed by the names they may derive from */
  RussianForms(boolean derived) {
    this.derived = derived;
  }

  @Override
  public Set<String> termKeys(String word) {
    String normal = russian.normal(word);
    Set<String> keys = keys(FORM, List.of(normal));
    keys.addAll(keys(LEMMA, russian.termLemmas(word)));
    keys.addAll(keys(FORM, russian.guessedForms(normal)));
    return keys;
  }

  @Override
  public Set<String> textKeys(String word) {
    String normal = russian.normal(word);
    Set<String> keys = keys(FORM, List.of(normal));
    keys.addAll(keys(LEMMA, russian.lemmas(normal)));
    if (derived) {
      keys.addAll(keys(DERIVED, russian.derivedFrom(normal)));
    }
    return keys;
  }

  @Override
  public Set<String> derivedKeys(String name) {
    return keys(DERIVED, russian.derivationBases(name));
  }

  /** The words as keys of one kind: a form, a lemma and a derivation base of the same letters differ. */
  private static Set<String> keys(String kind, Collection<String> words) {
    Set<String> keys = new HashSet<>();
    words.forEach(w -> keys.add(kind + w));
    return keys;
  }
}
