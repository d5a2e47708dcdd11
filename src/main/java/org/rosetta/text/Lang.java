package org.rosetta.text;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** The three languages a Rosetta document is written in; English is always the source. */
public enum Lang {
  EN("en", Locale.ENGLISH, false, Character.UnicodeScript.LATIN),
  RU("ru", Locale.forLanguageTag("ru"), false, Character.UnicodeScript.CYRILLIC),
  HE("he", Locale.forLanguageTag("he"), true, Character.UnicodeScript.HEBREW);

  private final String code;
  private final Locale locale;
  private final boolean rightToLeft;
  private final Character.UnicodeScript script;

  Lang(String code, Locale locale, boolean rightToLeft, Character.UnicodeScript script) {
    this.code = code;
    this.locale = locale;
    this.rightToLeft = rightToLeft;
    this.script = script;
  }

  /** ISO 639-1 code, as used in file names ({@code NAME.ru.txt}) and in the JSON report. */
  public String code() {
    return code;
  }

  /** The language's name in English, as the pages show it: "Russian". */
  public String displayName() {
    return locale.getDisplayLanguage(Locale.ENGLISH);
  }

  public Locale locale() {
    return locale;
  }

  public boolean rightToLeft() {
    return rightToLeft;
  }

  /** The script the language is written in. */
  public Character.UnicodeScript script() {
    return script;
  }

  /** The languages that are translated from English. */
  public static Lang[] targets() {
    return new Lang[] {RU, HE};
  }

  public static Optional<Lang> find(String code) {
    String wanted = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(l -> l.code.equals(wanted)).findFirst();
  }

  /** Like {@link #find} but with a message a user can act on when the code is unknown. */
  public static Lang of(String code) {
    return find(code)
        .orElseThrow(
            () ->
                new Refusal(
                    "unknown language code '"
                        + code
                        + "': expected one of "
                        + Arrays.stream(values()).map(Lang::code).collect(Collectors.joining(", "))));
  }

  /**
   * An unmodifiable copy that iterates in the languages' order (English, Russian, Hebrew) in
   * every run: {@code Map.copyOf}'s order changes from one JVM to the next, and what iterates a
   * document's translations (learning from its links, for one) must not.
   */
  public static <V> Map<Lang, V> ordered(Map<Lang, ? extends V> map) {
    EnumMap<Lang, V> copy = new EnumMap<>(Lang.class);
    map.forEach((lang, value) -> copy.put(Objects.requireNonNull(lang), Objects.requireNonNull(value, "no value for " + lang)));
    return Collections.unmodifiableMap(copy);
  }

  @Override
  public String toString() {
    return code;
  }
}
