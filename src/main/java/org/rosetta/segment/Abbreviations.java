package org.rosetta.segment;

import java.util.List;
import java.util.Set;
import org.rosetta.text.Lang;

/**
 * Words ending in a full stop that do not end a sentence. ICU's sentence rules break after "Mr."
 * or "т." when an upper-case word follows; these lists undo that.
 */
final class Abbreviations {
  private static final Set<String> ENGLISH =
      Set.of(
          "mr.", "mrs.", "ms.", "dr.", "prof.", "st.", "jr.", "sr.", "u.s.", "u.k.", "u.n.", "e.u.",
          "e.g.", "i.e.", "vs.", "no.", "nos.", "gen.", "col.", "gov.", "sen.", "rep.", "lt.", "sgt.",
          "capt.", "mt.", "ft.", "jan.", "feb.", "mar.", "apr.", "aug.", "sept.", "oct.", "nov.",
          "dec.", "approx.", "dept.", "est.", "fig.", "inc.", "ltd.", "co.", "corp.", "rev.", "hon.");

  private static final Set<String> RUSSIAN =
      Set.of(
          "т.е.", "т.к.", "т.н.", "т.ч.", "г.", "гг.", "ул.", "д.", "стр.", "см.", "напр.",
          "проф.", "акад.", "млн.", "млрд.", "тыс.", "руб.", "ок.", "ст.", "рис.", "г-н.", "г-жа.",
          "тел.", "пер.", "пр.", "просп.", "обл.", "р-н.", "с.-х.", "т.д.,", "янв.", "февр.", "сент.",
          "окт.", "нояб.", "дек.");

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

  private static final Set<String> HEBREW = Set.of("עמ.", "פרופ.", "רח.", "מס.", "וכו.");

  private Abbreviations() {}

  /**
   * Whether {@code piece}, a sentence candidate as ICU cut it, ends in an abbreviation or an
   * initial ("В. В.", "J."), so that the next piece continues the same sentence.
   */
  static boolean endsWithAbbreviation(Lang lang, String piece) {
    String trimmed = piece.strip();
    if (!trimmed.endsWith(".")) {
      return false;
    }
    int space = trimmed.lastIndexOf(' ');
    String last = trimmed.substring(space + 1);
    String lastLower = stripOpeningPunctuation(last).toLowerCase(lang.locale());
    String word = stripOpeningPunctuation(last);
    // English "I." ends far more sentences ("Here am I.") than it abbreviates a first name.
    if (isInitial(word) && !(lang == Lang.EN && word.equals("I."))) {
      return true;
    }
    Set<String> known = of(lang);
    if (lang == Lang.RU && lastLower.equals(NAMED_AFTER)) {
      return space > 0 && namesSomething(trimmed.substring(0, space).strip());
    }
    if (known.contains(lastLower)) {
      return true;
    }
    // "т. е." is written with a space: join it with the word before.
    if (space > 0) {
      String before = trimmed.substring(0, space).strip();
      String previous = before.substring(before.lastIndexOf(' ') + 1).toLowerCase(lang.locale());
      return known.contains(previous + lastLower);
    }
    return false;
  }

  private static boolean namesSomething(String before) {
    String word = stripOpeningPunctuation(before.substring(before.lastIndexOf(' ') + 1));
    if (word.length() >= 2 && word.codePoints().allMatch(Character::isUpperCase)) {
      return true;
    }
    String lower = word.toLowerCase(Lang.RU.locale());
    return NAMED_THINGS.stream().anyMatch(lower::startsWith);
  }

  private static boolean isInitial(String word) {
    return word.length() == 2 && Character.isUpperCase(word.codePointAt(0));
  }

  private static String stripOpeningPunctuation(String word) {
    int i = 0;
    while (i < word.length() && !Character.isLetterOrDigit(word.charAt(i))) {
      i++;
    }
    return word.substring(i);
  }

  private static Set<String> of(Lang lang) {
    return switch (lang) {
      case EN -> ENGLISH;
      case RU -> RUSSIAN;
      case HE -> HEBREW;
    };
  }
}
