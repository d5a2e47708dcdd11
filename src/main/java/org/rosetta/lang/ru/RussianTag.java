package org.rosetta.lang.ru;

import java.util.Arrays;
import java.util.Optional;

/**
 * A morphological tag of the aot.ru tag set as LanguageTool writes it: {@code NN:Anim:Masc:Sin:T}
 * (noun, animate, masculine, singular, instrumental), {@code ADJ:Posit:PL:R} (adjective, plural,
 * genitive; plural adjectives have no gender). Only what term matching and suggestions need is read:
 * part of speech, gender, number and case.
 */
public record RussianTag(String text) {
  private static final String PLURAL = "PL";
  private static final String SINGULAR = "Sin";
  private static final java.util.List<String> GENDERS = java.util.List.of("Masc", "Fem", "Neut");

  public boolean noun() {
    return text.startsWith("NN");
  }

  /** Full adjectives and full participles, which agree with their noun in gender, number and case. */
  public boolean adjective() {
    return text.startsWith("ADJ:Posit") || (text.startsWith("PT:") && !text.startsWith("PT_Short"));
  }

  public Optional<Inflection> inflection() {
    String[] fields = text.split(":");
    GrammaticalCase c = GrammaticalCase.ofTag(fields[fields.length - 1]);
    if (c == null) {
      return Optional.empty();
    }
    return Optional.of(new Inflection(Arrays.asList(fields).contains(PLURAL), c));
  }

  /** Masc, Fem or Neut; empty for plural adjectives. */
  public Optional<String> gender() {
    return Arrays.stream(text.split(":")).filter(GENDERS::contains).findFirst();
  }

  /**
   * This tag in another number and case; an adjective also takes the gender of its noun (none in
   * the plural). Nouns keep their own gender and animacy.
   */
  public RussianTag with(Inflection inflection, String agreeingGender) {
    String[] fields = text.split(":");
    StringBuilder out = new StringBuilder();
    boolean numberDone = false;
    for (int i = 0; i < fields.length - 1; i++) {
      String f = fields[i];
      if (adjective() && (GENDERS.contains(f) || f.equals(PLURAL))) {
        f = inflection.plural() ? PLURAL : (agreeingGender == null ? f : agreeingGender);
        numberDone = true;
      } else if (!adjective() && (f.equals(SINGULAR) || f.equals(PLURAL))) {
        f = inflection.plural() ? PLURAL : SINGULAR;
        numberDone = true;
      }
      out.append(f).append(':');
    }
    if (!numberDone) {
      return this;
    }
    return new RussianTag(out.append(inflection.grammaticalCase().tag()).toString());
  }
}
