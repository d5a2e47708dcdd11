package org.rosetta.lang.ru;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words derived from a name that a translator rightly uses for it: the adjective (Израиль →
 * израильский, Египет → египетский, Галилея → галилейский), the name of its people (израильтянин,
 * египтянин, Иудея → иудеянин) and the possessive (Павел → Павлов, Моисей → Моисеев). Both sides
 * are reduced to a base: the name without its last vowel, й or ь (and without a fleeting vowel),
 * the derived word without suffix and ending; they match when the bases are equal.
 */
public final class Derivation {
  /** Shorter bases meet unrelated words too often (Ной, Рим). */
  private static final int MIN_BASE = 4;

  private static final Pattern DERIVED =
      Pattern.compile(
          "[ьй]?(?:ск|цк|тян|ян|ан|ов|ев|лев|ин)"
              + "(?:ий|ый|ой|ая|яя|ое|ее|ие|ые|ого|его|ому|ему|ую|юю|ых|их|ым|им|ыми|ими|ом|ем|ей|ин|ина|ину|ином|ине|ины|е|ам|ами|ах|а|у|ы|о|)");

  private static final Pattern PEOPLE = Pattern.compile("(.+?)[ьл]?(?:ит|т)?[яа]нин");

  private static final Pattern FLEETING_VOWEL = Pattern.compile(".{2,}[ео][лкцнрт]");

  private Derivation() {}

  /** The bases a dictionary form of a name derives words from: "египет" → египет, египт. */
  public static Set<String> basesOfName(String name) {
    Set<String> bases = new HashSet<>();
    int n = name.length();
    char last = name.charAt(n - 1);
    java.util.regex.Matcher people = PEOPLE.matcher(name);
    if (people.matches()) {
      // Филистимлянин: филистимский; Израильтянин: израильский.
      bases.add(people.group(1));
    }
    if ("аеиоуыэюяйь".indexOf(last) >= 0) {
      bases.add(name.substring(0, n - 1));
    } else if (name.endsWith("ос")) {
      bases.add(name.substring(0, n - 2));
    } else {
      bases.add(name);
      if (FLEETING_VOWEL.matcher(name).matches()) {
        bases.add(name.substring(0, n - 2) + last);
      }
    }
    bases.removeIf(b -> b.length() < MIN_BASE);
    return bases;
  }

  /** The bases a word may be derived from: "израильтяне" → израил (and any other split that fits). */
  public static Set<String> basesOfDerived(String word) {
    Set<String> bases = new HashSet<>();
    for (int cut = MIN_BASE; cut <= word.length() - 2; cut++) {
      if (DERIVED.matcher(word).region(cut, word.length()).matches()) {
        bases.add(word.substring(0, cut));
      }
    }
    return bases;
  }
}
