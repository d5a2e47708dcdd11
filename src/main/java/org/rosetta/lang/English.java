package org.rosetta.lang;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.rosetta.lang.quantity.EnglishNumbers;
import org.rosetta.lang.quantity.NumberWords;
import org.rosetta.text.Lang;
import org.tartarus.snowball.ext.EnglishStemmer;

/** English: Snowball (Porter 2) stems. */
public final class English implements Language {
  /** Prepositions, conjunctions and articles; English may end on a preposition ("what it is made of"), so this list is only asked whether the English ends on one too. */
  private static final Set<String> NEVER_LAST = Set.of("of", "to", "in", "for", "with", "on", "at", "from", "by", "into", "and", "or", "but", "the", "a", "an");
  static final English INSTANCE = new English();
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr.", "mrs.", "ms.", "dr.", "prof.", "st.", "jr.", "sr.", "u.s.", "u.k.", "u.n.", "e.u.",
          "e.g.", "i.e.", "vs.", "no.", "nos.", "gen.", "col.", "gov.", "sen.", "rep.", "lt.", "sgt.",
          "capt.", "mt.", "ft.", "jan.", "feb.", "mar.", "apr.", "aug.", "sept.", "oct.", "nov.",
          "dec.", "v.", "approx.", "dept.", "est.", "fig.", "inc.", "ltd.", "co.", "corp.", "rev.", "hon.");

  private final SnowballKeys keys = new SnowballKeys(Locale.ENGLISH, EnglishStemmer::new);

  private English() {}

  @Override
  public Lang lang() {
    return Lang.EN;
  }

  @Override
  public NumberWords numberWords() {
    return EnglishNumbers.INSTANCE;
  }

  @Override
  public Set<String> neverLast() {
    return NEVER_LAST;
  }

  @Override
  public Set<String> abbreviations() {
    return ABBREVIATIONS;
  }

  /** "I." ends far more sentences ("Here am I.") than it abbreviates a first name. */
  @Override
  public boolean isInitial(String word) {
    return Language.super.isInitial(word) && !word.equals("I.");
  }

  @Override
  public List<String> lexicalKeys(String text) {
    return keys.keys(text);
  }
}
