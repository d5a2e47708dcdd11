package org.rosetta.lang;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rosetta.lang.quantity.NumberWords;
import org.rosetta.lang.quantity.RussianNumbers;
import org.rosetta.lang.ru.Analysis;
import org.rosetta.lang.ru.Declension;
import org.rosetta.lang.ru.Derivation;
import org.rosetta.lang.ru.Form;
import org.rosetta.lang.ru.GrammaticalCase;
import org.rosetta.lang.ru.Inflection;
import org.rosetta.lang.ru.RussianDictionary;
import org.rosetta.lang.ru.RussianTag;
import org.rosetta.text.Lang;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Russian: Snowball stems for the lexicon (fast, and enough to count words); for terms, the
 * morphological dictionary of aot.ru ({@link RussianDictionary}) and, for words it does not know,
 * the declension tables ({@link Declension}); ё read as е throughout.
 */
public final class Russian implements Language {
  /** Prepositions and conjunctions that cannot stand last. "Вокруг", "около", "после", "за" and "что" are left out: they can ("на объекты вокруг", "проголосовали за", "вот что"). "В" and "с" also abbreviate "век" and "секунда" ("XIV в.", "Мбит/с"), which {@link org.rosetta.check.LengthRule} tells apart by what stands before them. */
  private static final Set<String> NEVER_LAST = Set.of("в", "во", "на", "с", "со", "к", "ко", "у", "о", "об", "обо", "от", "до", "из", "по", "под", "над", "при", "про", "для", "без", "через", "между", "среди", "и", "а", "но", "или", "чтобы", "если", "хотя", "либо");
  static final Russian INSTANCE = new Russian();
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "т.е.", "т.к.", "т.н.", "т.ч.", "г.", "гг.", "ул.", "д.", "стр.", "см.", "напр.",
          "проф.", "акад.", "млн.", "млрд.", "тыс.", "руб.", "ок.", "ст.", "рис.", "г-н.", "г-жа.",
          "тел.", "пер.", "пр.", "просп.", "обл.", "р-н.", "с.-х.", "т.д.,", "янв.", "февр.", "сент.",
          "окт.", "нояб.", "дек.", "англ.", "франц.", "лат.", "греч.");

  /**
   * "им." abbreviates "имени" after what is named after someone ("университет им. Ломоносова",
   * "МГУ им. Ломоносова"), but far more often it is the pronoun ending a sentence ("…служил им.
   * И пробыли…"). It counts as an abbreviation only after an acronym or one of these nouns.
   */
  private static final String NAMED_AFTER = "им.";

  private static final List<String> NAMED_THINGS =
      List.of(
          "университет", "институт", "академи", "школ", "лице", "гимнази", "колледж", "училищ",
          "консерватори", "театр", "музе", "библиотек", "больниц", "клиник", "завод", "фабрик",
          "комбинат", "улиц", "проспект", "площад", "переул", "бульвар", "парк", "сквер", "стадион",
          "аэропорт", "станци", "метро", "фонд", "центр", "преми", "орден", "медал", "стипенди",
          "дворц", "дом", "культур", "корабл", "судн", "полк", "дивизи", "бригад");

  private final SnowballKeys keys = new SnowballKeys(Lang.RU.locale(), RussianStemmer::new);

  private Russian() {}

  public static Russian get() {
    return INSTANCE;
  }

  @Override
  public Lang lang() {
    return Lang.RU;
  }

  @Override
  public NumberWords numberWords() {
    return RussianNumbers.INSTANCE;
  }

  @Override
  public Set<String> neverLast() {
    return NEVER_LAST;
  }

  @Override
  public Set<String> abbreviations() {
    return ABBREVIATIONS;
  }

  @Override
  public boolean abbreviatesInContext(String lastWordLower, String before) {
    if (!lastWordLower.equals(NAMED_AFTER) || before.isEmpty()) {
      return false;
    }
    String word = before.substring(before.lastIndexOf(' ') + 1).replaceAll("^[^\\p{L}\\p{N}]+", "");
    if (word.length() >= 2 && word.codePoints().allMatch(Character::isUpperCase)) {
      return true;
    }
    String lower = word.toLowerCase(Lang.RU.locale());
    return NAMED_THINGS.stream().anyMatch(lower::startsWith);
  }

  @Override
  public List<String> lexicalKeys(String text) {
    return keys.keys(text);
  }

  /** NFC, lower case, ё as е: the form words are compared in. */
  public String normal(String word) {
    return keys.normal(word);
  }

  /** The dictionary forms a word may be a form of, normalised: "Павла" → павел; empty when unknown. */
  public Set<String> lemmas(String word) {
    Set<String> out = new LinkedHashSet<>();
    for (Analysis a : RussianDictionary.get().analyse(normal(word))) {
      out.add(normal(a.lemma()));
    }
    return out;
  }

  /**
   * Every form of a glossary word that the dictionary does not list as a dictionary form (a name
   * such as "Аврахам", a word such as "двусторонние"), as a noun and as an adjective, normalised;
   * empty when the dictionary has the word as a dictionary form, since then {@link #lemmas}
   * matches all its forms.
   */
  public Set<String> guessedForms(String dictionaryForm) {
    String word = normal(dictionaryForm);
    Set<String> out = new LinkedHashSet<>();
    if (lemmas(word).contains(word)) {
      return out;
    }
    out.add(word);
    for (Form f : Declension.forms(word)) {
      out.add(f.text());
    }
    for (Form f : Declension.adjectiveForms(word)) {
      out.add(f.text());
    }
    return out;
  }

  /**
   * The dictionary forms a glossary word may be a form of, normalised; for a name (written with a
   * capital) only its readings as a noun or adjective, so that "Того" (Togo) is not taken for a
   * form of the pronoun "тот".
   */
  public Set<String> termLemmas(String termWord) {
    boolean name = Character.isUpperCase(termWord.codePointAt(0));
    Set<String> out = new LinkedHashSet<>();
    for (Analysis a : RussianDictionary.get().analyse(normal(termWord))) {
      if (!name || a.tag().noun() || a.tag().adjective()) {
        out.add(normal(a.lemma()));
      }
    }
    return out;
  }

  /** The bases of the words derived from a name (see {@link Derivation}). */
  public Set<String> derivationBases(String name) {
    return Derivation.basesOfName(normal(name));
  }

  /** The bases of the names a word may be derived from. */
  public Set<String> derivedFrom(String word) {
    return Derivation.basesOfDerived(normal(word));
  }

  /**
   * The readings of a word as found in a text: the dictionary's, or, when it does not know the
   * word, the forms of {@code dictionaryForm} (the glossary term it matched) that it equals.
   */
  public List<RussianTag> tagsOf(String word, String dictionaryForm) {
    String w = normal(word);
    List<RussianTag> out = new ArrayList<>();
    for (Analysis a : RussianDictionary.get().analyse(w)) {
      out.add(a.tag());
    }
    if (out.isEmpty()) {
      for (Form f : Declension.forms(normal(dictionaryForm))) {
        if (f.text().equals(w)) {
          out.add(f.tag());
        }
      }
    }
    return out;
  }

  /**
   * How a glossary term's word reads in the nominative, as a noun or an adjective: the
   * dictionary's reading ("отношения" → отношение, plural), or, for a word it does not know, the
   * declension tables' ("Аврахам", "двусторонние" → двусторонний, plural).
   */
  public Optional<Analysis> termReading(String termWord) {
    String w = normal(termWord);
    List<Analysis> known = RussianDictionary.get().analyse(w);
    for (Analysis a : known) {
      boolean nominative = a.tag().inflection().map(i -> i.grammaticalCase() == GrammaticalCase.NOMINATIVE).orElse(false);
      if (nominative && (a.tag().noun() || a.tag().adjective())) {
        return Optional.of(a);
      }
    }
    // A word the dictionary knows in other readings only ("кулуарах") is not guessed at, unless it
    // is a name, which the dictionary may know as another name's form ("Галилея", of Галилей).
    if (!known.isEmpty() && !Character.isUpperCase(termWord.codePointAt(0))) {
      return Optional.empty();
    }
    for (Form f : Declension.adjectiveForms(w)) {
      if (f.text().equals(w) && f.tag().inflection().orElseThrow().grammaticalCase() == GrammaticalCase.NOMINATIVE) {
        return Optional.of(new Analysis(Declension.adjectiveLemma(w), f.tag()));
      }
    }
    return Declension.forms(w).stream()
        .filter(f -> f.text().equals(w) && f.tag().inflection().orElseThrow().grammaticalCase() == GrammaticalCase.NOMINATIVE)
        .map(f -> new Analysis(w, f.tag()))
        .findFirst();
  }

  /**
   * A word in another number and case, from its reading ("президент", instrumental singular →
   * "президентом"); an adjective also in its noun's gender. Keeps the capitals of {@code model}.
   */
  public Optional<String> inflect(String model, Analysis reading, Inflection inflection, String agreeingGender) {
    RussianTag wanted = reading.tag().with(inflection, agreeingGender);
    Optional<String> form = RussianDictionary.get().synthesize(reading.lemma(), wanted);
    if (form.isEmpty()) {
      String lemma = normal(reading.lemma());
      form = Declension.forms(lemma).stream().filter(f -> f.tag().equals(wanted)).map(Form::text).findFirst();
    }
    return form.map(f -> sameCapitals(model, f));
  }

  private static String sameCapitals(String model, String word) {
    if (model.isEmpty() || !Character.isUpperCase(model.codePointAt(0))) {
      return word;
    }
    if (model.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase)) {
      return word.toUpperCase(Lang.RU.locale());
    }
    return word.substring(0, 1).toUpperCase(Lang.RU.locale()) + word.substring(1);
  }
}
