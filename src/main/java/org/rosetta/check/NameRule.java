package org.rosetta.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.rosetta.align.Link;
import org.rosetta.align.NameSkeleton;
import org.rosetta.align.WorldNames;
import org.rosetta.lang.Hebrew;
import org.rosetta.lang.Token;
import org.rosetta.lang.WordTokenizer;
import org.rosetta.lang.en.EnglishWords;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;
import org.rosetta.text.Span;

/**
 * A name of the English that its translation leaves out ({@code names.missing}): "the singers
 * Fatih Erkoç and Müslüm Gürses" cut off with the end of a sentence, "Vernazza" where the
 * translator wrote another village twice. A name is a capitalised Latin word that English does
 * not have in lower case ({@link EnglishWords}: "State", "Castle" are not names); it is rendered
 * when the translation writes it in Latin letters, transliterated ({@link #sounds}: consonant
 * classes compared across scripts, so "Стамбула" is Istanbul declined), or when both name the
 * same country, month or weekday ({@link WorldNames}). Names written next to each other are one
 * name, rendered if any part of it is: "David O'Shannessy" may lose its first name. Measured on
 * FLORES's professional translations: 6 alarms in 4,486, one of them a name really left out.
 */
public final class NameRule implements Rule {
  /** Shorter skeletons ("Goethe": kt) match too much by chance to tell a name absent. */
  private static final int MIN_SKELETON = 4;
  /** A transliteration may differ from the English spelling by a consonant (Istanbul, Стамбул). */
  private static final int SKELETON_EDITS = 1;
  /**
   * A long name may lose two: the silent letters of French and English spellings (Versailles,
   * וורסאי; England, Англия) and a translator's slip (ספמטבר).
   */
  private static final int LONG_SKELETON_EDITS = 2;
  private static final int LONG_SKELETON = 5;
  /** How many words of the translation, written together, may spell one name. */
  private static final int JOINED_WORDS = 3;

  @Override
  public List<Finding> check(CheckContext context) {
    List<Finding> findings = new ArrayList<>();
    // An English sentence's names are the same for each translation: read once.
    Map<Segment, List<Name>> namesOf = new HashMap<>();
    for (Lang lang : context.otherScriptTargets()) {
      for (Link link : context.pairingLinks(lang)) {
        List<Segment> translation = context.targetOf(lang, link);
        Rendition rendition = null;
        for (Segment english : context.sourceOf(link)) {
          for (Name name : namesOf.computeIfAbsent(english, e -> judged(names(e.text())))) {
            if (rendition == null) {
              rendition = new Rendition(lang, Segment.joinedText(translation));
            }
            if (!rendition.renders(name)) {
              findings.add(missing(context, lang, link, english, name, translation));
            }
          }
        }
      }
    }
    return findings;
  }

  /** The names long enough to be told absent; a name of short words is not judged. */
  private static List<Name> judged(List<Name> names) {
    return names.stream().filter(Name::judged).toList();
  }

  private static Finding missing(CheckContext context, Lang lang, Link link, Segment english, Name name, List<Segment> translation) {
    List<Span> spans = new ArrayList<>();
    spans.add(english.spanOf(name.start(), name.end()));
    translation.forEach(t -> spans.add(new Span(t.id(), t.start(), t.end())));
    return new Finding(
        RuleId.NAMES_MISSING,
        Severity.ERROR,
        lang,
        context.ids(lang, link),
        spans,
        String.format(
            Locale.ROOT,
            "the name \"%s\" of %s is not in %s, neither in Latin letters nor transliterated",
            name.text(),
            english.id(),
            translation.get(0).id()),
        name.text(),
        null);
  }

  /**
   * A name of the English: where it stands, and the capitalised words written with it ("Grand
   * Prix", "Kirby Muxloe Castle"), any of which may render it.
   */
  record Name(String text, int start, int end, List<String> words) {
    /** Whether the name is long enough to be told absent; a name of short words is not judged. */
    boolean judged() {
      return WordTokenizer.tokenize(text).stream()
          .anyMatch(w -> sounds(withoutPossessive(w.surface()), true).stream().allMatch(s -> s.length() >= MIN_SKELETON));
    }
  }

  /**
   * The names of an English sentence: runs of capitalised words that English does not have in
   * lower case, next to each other. Left out: a sentence's first word (capitalised whatever it
   * is: "Speciation is…"), all-capital words (an acronym is as often spelt out in the translation,
   * "ADD" as הפרעת קשב, as kept), and words for peoples and their languages ("Germans", "Spanish",
   * "Christian"), which translations render by a word of their own (немцы), unless the word is a
   * country's name.
   */
  static List<Name> names(String text) {
    List<Name> out = new ArrayList<>();
    List<Token> tokens = WordTokenizer.tokenize(text);
    int k = 0;
    while (k < tokens.size()) {
      if (!capitalised(tokens.get(k).surface())) {
        k++;
        continue;
      }
      // The capitalised words around a name render it as well as its own: "Grand Prix" is Гран-при.
      List<String> run = new ArrayList<>();
      Token first = null;
      Token last = null;
      int from = k;
      while (k < tokens.size() && capitalised(tokens.get(k).surface()) && (k == from || onlySpaceBetween(text, tokens.get(k - 1), tokens.get(k)))) {
        Token token = tokens.get(k);
        run.add(withoutPossessive(token.surface()));
        if (isName(text, token)) {
          first = first == null ? token : first;
          last = token;
        }
        k++;
      }
      if (first != null) {
        out.add(new Name(text.substring(first.start(), last.end()), first.start(), last.end(), run));
      }
    }
    return out;
  }

  private static boolean capitalised(String word) {
    int first = word.codePointAt(0);
    return Character.isUpperCase(first) && Character.UnicodeScript.of(first) == Character.UnicodeScript.LATIN;
  }

  private static boolean isName(String text, Token token) {
    String word = token.surface();
    if (!capitalised(word) || beginsSentence(text, token)) {
      return false;
    }
    String bare = withoutPossessive(word);
    if (bare.length() < 3 || acronym(bare) || EnglishWords.get().containsAnySpelling(bare)) {
      return false;
    }
    return !PEOPLE.matcher(bare).find() || !WorldNames.find(Lang.EN, bare).isEmpty();
  }

  /** Endings of words for peoples, languages and faiths: Americans, Italian, Spanish, Chinese, Spaniards, Vikings, Israelites, Christianity. */
  private static final Pattern PEOPLE = Pattern.compile("(?:an|ans|ish|ese|ards|ings|ites|ic|ics|ity|ism)$");
  private static final String OPENING = "\"“«‘'([";
  private static final String SENTENCE_END = ":.!?";

  /** Whether the word begins a sentence: nothing before it but opening quotes and brackets, or a sentence's end. */
  private static boolean beginsSentence(String text, Token token) {
    int i = token.start() - 1;
    while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || OPENING.indexOf(text.charAt(i)) >= 0)) {
      i--;
    }
    return i < 0 || SENTENCE_END.indexOf(text.charAt(i)) >= 0;
  }

  /** Mostly capitals: NATO, AfCFTA; McMurdo is a name. */
  private static boolean acronym(String word) {
    long capitals = word.chars().filter(Character::isUpperCase).count();
    return capitals * 2 > word.length();
  }

  private static boolean onlySpaceBetween(String text, Token before, Token after) {
    return text.substring(before.end(), after.start()).isBlank();
  }

  private static String withoutPossessive(String word) {
    return word.endsWith("'s") || word.endsWith("’s") ? word.substring(0, word.length() - 2) : word;
  }

  /** What a translation offers to render names with: its Latin words, its words' skeletons, its world names. */
  private static final class Rendition {
    private final String text;
    private final Lang lang;
    private final Set<String> latin = new HashSet<>();
    private final Set<String> skeletons = new HashSet<>();
    private final List<Token> tokens;
    private Set<String> joined;
    private List<String> worldNames;

    Rendition(Lang lang, String text) {
      this.lang = lang;
      this.text = text;
      List<Token> tokens = WordTokenizer.tokenize(text);
      for (int k = 0; k < tokens.size(); k++) {
        String word = tokens.get(k).surface();
        if (Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.LATIN) {
          latin.add(withoutPossessive(word).toLowerCase(Locale.ROOT));
        }
        addSkeletons(word);
      }
      this.tokens = tokens;
    }

    /** A name may be written in parts: Мак-Мердо, Сантьяго-де-Чили, תות-ענח-אמון. Read only for names no single word renders. */
    private Set<String> joinedSkeletons() {
      if (joined == null) {
        joined = new HashSet<>();
        for (int k = 0; k < tokens.size(); k++) {
          StringBuilder letters = new StringBuilder(NameSkeleton.ascii(tokens.get(k).surface()));
          for (int next = k + 1; next < Math.min(tokens.size(), k + JOINED_WORDS); next++) {
            letters.append(NameSkeleton.ascii(tokens.get(next).surface()));
            joined.addAll(readings(letters.toString(), false));
          }
        }
      }
      return joined;
    }

    private void addSkeletons(String word) {
      for (String reading : lang == Lang.HE ? Hebrew.cliticReadings(word, Hebrew.NAME_CHECK) : List.of(word)) {
        skeletons.addAll(sounds(reading, false));
        // Hebrew writes v and the vowels o and u alike, with ו: Montevideo is מונטווידאו.
        if (lang == Lang.HE && reading.indexOf('ו') >= 0) {
          skeletons.addAll(sounds(reading.replace('ו', 'ב'), false));
        }
      }
    }

    boolean renders(Name name) {
      if (name.words().stream().anyMatch(word -> latin.contains(word.toLowerCase(Locale.ROOT)))) {
        return true;
      }
      List<Set<String>> sounds = name.words().stream().map(word -> sounds(word, true)).toList();
      if (sounds.stream().flatMap(Set::stream).anyMatch(s -> transliterated(s, skeletons))) {
        return true;
      }
      if (sounds.stream().flatMap(Set::stream).anyMatch(s -> transliterated(s, joinedSkeletons()))) {
        return true;
      }
      if (worldNames == null) {
        worldNames = WorldNames.find(lang, text);
      }
      return WorldNames.find(Lang.EN, name.text()).stream().anyMatch(worldNames::contains);
    }

    /** Whether a word of the translation holds the skeleton, give or take a consonant. */
    private static boolean transliterated(String skeleton, Set<String> skeletons) {
      if (skeleton.length() < MIN_SKELETON) {
        return !skeleton.isEmpty() && skeletons.stream().anyMatch(s -> s.startsWith(skeleton));
      }
      return skeletons.contains(skeleton) || skeletons.stream().anyMatch(s -> contains(skeleton, s));
    }
  }

  /**
   * How a word may sound, as consonant classes every script keeps apart: lips (b v f p), l, r,
   * m, n, t (t d), k (k g q) and s (s z, and the hissing sounds Russian and Hebrew write with
   * letters of their own: ц ч ш ж, צ ש). Vowels, h and the letters that stand for vowels (w, y,
   * and Hebrew's ו י א ע) go. English spelling is read every way it may sound: "c" and "g" before
   * e, i, y as s, "ch" as k or s (Christopher, Charles), "g" as k or as the dzh of George
   * (Джордж, ג'ורג'), "j" as that dzh or as y (Jacob, Иаков); other scripts are read as written.
   */
  static Set<String> sounds(String word, boolean english) {
    return readings(NameSkeleton.ascii(word), english);
  }

  /** {@link #sounds} of a word already in ASCII letters. */
  private static Set<String> readings(String ascii, boolean english) {
    List<StringBuilder> readings = new ArrayList<>(List.of(new StringBuilder()));
    for (int i = 0; i < ascii.length(); i++) {
      char c = ascii.charAt(i);
      char next = i + 1 < ascii.length() ? ascii.charAt(i + 1) : ' ';
      boolean soft = next == 'e' || next == 'i' || next == 'y';
      String[] ways;
      if (c == 'c' && next == 'h') {
        ways = english ? new String[] {"k", "s"} : new String[] {"s"};
        i++;
      } else if ((c == 's' || c == 't' || c == 'p') && next == 'h') {
        ways = new String[] {c == 'p' ? "b" : String.valueOf(c)};
        i++;
      } else if (c == 'c') {
        ways = new String[] {english ? (soft ? "s" : "k") : "s"};
      } else if (c == 'g' && english && soft) {
        ways = new String[] {"k", "ts"};
      } else if (c == 'g' && next == '\'') {
        // Hebrew writes j with ג׳: ג'ורג' is George, סרוג'ה Saroja.
        ways = new String[] {"ts"};
        i++;
      } else if (c == 'j') {
        // English j is also the y of Hebrew and Greek names: Jacob, Иаков, יעקב.
        ways = english ? new String[] {"ts", ""} : new String[] {""};
      } else if (c == 'x') {
        ways = new String[] {"ks"};
      } else {
        ways = new String[] {String.valueOf(soundClass(c))};
      }
      if (ways.length > 1 && readings.size() < MAX_READINGS) {
        List<StringBuilder> more = new ArrayList<>();
        for (StringBuilder reading : readings) {
          for (int w = 1; w < ways.length; w++) {
            more.add(append(new StringBuilder(reading), ways[w]));
          }
        }
        readings.forEach(r -> append(r, ways[0]));
        readings.addAll(more);
      } else {
        readings.forEach(r -> append(r, ways[0]));
      }
    }
    Set<String> out = new HashSet<>();
    readings.forEach(r -> out.add(r.toString()));
    return out;
  }

  /** Readings of one English spelling at most: "Georgiou Chigaga" need not be read every way. */
  private static final int MAX_READINGS = 4;

  private static char soundClass(char c) {
    return switch (c) {
      case 'b', 'v', 'f', 'p' -> 'b';
      case 'k', 'g', 'q' -> 'k';
      case 't', 'd' -> 't';
      case 's', 'z' -> 's';
      case 'm', 'n', 'l', 'r' -> c;
      default -> 0;
    };
  }

  /** Adds the classes, each once where the spelling doubles it (Kissinger, Киссинджер). */
  private static StringBuilder append(StringBuilder reading, String classes) {
    for (int i = 0; i < classes.length(); i++) {
      char c = classes.charAt(i);
      if (c != 0 && (reading.isEmpty() || reading.charAt(reading.length() - 1) != c)) {
        reading.append(c);
      }
    }
    return reading;
  }

  /**
   * Whether {@code word} holds {@code name}: begins with it give or take a consonant changed,
   * added or left out (two for a long name), so that Russian endings (Киршнера), an h that one
   * script writes and the other does not (Гамильтон) and silent letters (Versailles, וורסאי)
   * pass; or has it inside give or take one, for words made of a name (новозеландские).
   */
  static boolean contains(String name, String word) {
    int edits = name.length() >= LONG_SKELETON ? LONG_SKELETON_EDITS : SKELETON_EDITS;
    return distance(name, word, true) <= edits || distance(name, word, false) <= SKELETON_EDITS;
  }

  /** The fewest edits from the name to a beginning of the word ({@code atStart}) or to any stretch of it. */
  private static int distance(String name, String word, boolean atStart) {
    int[] previous = new int[word.length() + 1];
    int[] current = new int[word.length() + 1];
    for (int j = 0; j <= word.length(); j++) {
      previous[j] = atStart ? j : 0;
    }
    for (int i = 1; i <= name.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= word.length(); j++) {
        int substitution = previous[j - 1] + (name.charAt(i - 1) == word.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    int best = Integer.MAX_VALUE;
    for (int j = 0; j <= word.length(); j++) {
      best = Math.min(best, previous[j]);
    }
    return best;
  }
}
