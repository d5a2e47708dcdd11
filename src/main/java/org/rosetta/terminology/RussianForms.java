package org.rosetta.terminology;

import java.util.HashSet;
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
    Set<String> keys = new HashSet<>();
    String normal = russian.normal(word);
    keys.add(FORM + normal);
    russian.termLemmas(word).forEach(l -> keys.add(LEMMA + l));
    russian.guessedForms(normal).forEach(f -> keys.add(FORM + f));
    return keys;
  }

  @Override
  public Set<String> textKeys(String word) {
    Set<String> keys = new HashSet<>();
    String normal = russian.normal(word);
    keys.add(FORM + normal);
    russian.lemmas(normal).forEach(l -> keys.add(LEMMA + l));
    if (derived) {
      russian.derivedFrom(normal).forEach(b -> keys.add(DERIVED + b));
    }
    return keys;
  }

  @Override
  public Set<String> derivedKeys(String name) {
    Set<String> keys = new HashSet<>();
    russian.derivationBases(name).forEach(b -> keys.add(DERIVED + b));
    return keys;
  }
}
