package org.rosetta.lang.ru;

import java.util.ArrayList;
import java.util.List;

/**
 * The forms of a noun or adjective that the dictionary does not know, guessed from its dictionary
 * form by the school declension tables: a glossary's names (Аврахам, Ниневия, Галиль) and new
 * words (двусторонний) must still match in every case and be inflected for suggestions. Where the
 * ending leaves the gender or animacy open (-ь; the accusative), every reading is produced: a
 * matcher loses nothing by an extra form, and a suggestion picks by tag. Masculine nouns in -ел,
 * -ек, -ок, -ец, -ен, -ер, -ет may drop the vowel (Павел → Павла), so both stems are produced.
 */
public final class Declension {
  private static final String SIBILANTS = "жшчщ";
  private static final String VELARS = "гкх";
  private static final String VOWELS = "аеёиоуыэюя";

  /** Case endings in the order of {@link GrammaticalCase}; "|" separates two accusatives. */
  private record Table(String gender, String[] singular, String[] plural) {}

  private Declension() {}

  /** The forms of a noun or adjective given in its dictionary form (nominative singular, masculine). */
  public static List<Form> forms(String word) {
    List<Form> out = new ArrayList<>();
    if (word.length() < 3) {
      return out;
    }
    if (word.endsWith("ый") || word.endsWith("ой") && word.length() > 4 || word.matches(".*[нкгхжшчщ]ий")) {
      adjectiveForms(word.substring(0, word.length() - 2), word.endsWith("ий") && !word.matches(".*[кгхжшчщ]ий"), out);
      if (word.endsWith("ой")) {
        // Stressed endings: молодой, not молодый.
        out.replaceAll(f -> f.text().length() == word.length() && f.text().endsWith("й") ? new Form(word, f.tag()) : f);
      }
    } else {
      nounForms(word, out);
    }
    return out;
  }

  /**
   * The forms of an adjective given in any nominative ("двусторонние", "российская"), as a
   * glossary writes the adjective of a term in agreement with its noun; empty if it has no
   * adjective ending.
   */
  public static List<Form> adjectiveForms(String nominative) {
    List<Form> out = new ArrayList<>();
    java.util.regex.Matcher m = ADJECTIVE_NOMINATIVE.matcher(nominative);
    if (m.matches()) {
      String stem = m.group(1);
      boolean soft = m.group(2).matches("ий|ие|яя|ее") && !stem.matches(".*[кгхжшчщ]");
      adjectiveForms(stem, soft, out);
    }
    return out;
  }

  private static final java.util.regex.Pattern ADJECTIVE_NOMINATIVE =
      java.util.regex.Pattern.compile("(.{2,}?)(ый|ий|ой|ая|яя|ое|ее|ые|ие)");

  /** The masculine dictionary form of an adjective given in any nominative: "двусторонние" → двусторонний. */
  public static String adjectiveLemma(String nominative) {
    return adjectiveForms(nominative).stream()
        .filter(f -> f.tag().text().equals("ADJ:Posit:Masc:Nom"))
        .map(Form::text)
        .findFirst()
        .orElse(nominative);
  }

  private static void nounForms(String w, List<Form> out) {
    int n = w.length();
    char last = w.charAt(n - 1);
    if (w.endsWith("анин") || w.endsWith("янин")) {
      String s = w.substring(0, n - 2);
      add(out, s, "Masc", "Anim", t("", "а", "у", "а", "ом", "е"), t("е", "", "ам", "", "ами", "ах"));
    } else if (w.endsWith("ий")) {
      add(out, w.substring(0, n - 2), "Masc", "", t("ий", "ия", "ию", "ия|ий", "ием", "ии"), t("ии", "иев", "иям", "иев|ии", "иями", "иях"));
    } else if (last == 'й') {
      add(out, w.substring(0, n - 1), "Masc", "", t("й", "я", "ю", "я|й", "ем", "е"), t("и", "ев", "ям", "ев|и", "ями", "ях"));
    } else if (last == 'ь') {
      String s = w.substring(0, n - 1);
      add(out, s, "Masc", "", t("ь", "я", "ю", "я|ь", "ем", "е"), t("и", "ей", "ям", "ей|и", "ями", "ях"));
      add(out, s, "Fem", "", t("ь", "и", "и", "ь", "ью", "и"), t("и", "ей", "ям", "и|ей", "ями", "ях"));
    } else if (w.endsWith("ия")) {
      add(out, w.substring(0, n - 2), "Fem", "", t("ия", "ии", "ии", "ию", "ией", "ии"), t("ии", "ий", "иям", "ии|ий", "иями", "иях"));
    } else if (last == 'я') {
      String s = w.substring(0, n - 1);
      String genitivePlural = VOWELS.indexOf(s.charAt(s.length() - 1)) >= 0 ? "й" : "ь";
      add(out, s, "Fem", "", t("я", "и", "е", "ю", "ей", "е"), t("и", genitivePlural, "ям", "и|" + genitivePlural, "ями", "ях"));
    } else if (last == 'а') {
      String s = w.substring(0, n - 1);
      char before = s.charAt(s.length() - 1);
      String y = VELARS.indexOf(before) >= 0 || SIBILANTS.indexOf(before) >= 0 ? "и" : "ы";
      String oi = SIBILANTS.indexOf(before) >= 0 || before == 'ц' ? "ей" : "ой";
      add(out, s, "Fem", "", t("а", y, "е", "у", oi, "е"), t(y, "", "ам", y + "|", "ами", "ах"));
    } else if (w.endsWith("ие")) {
      add(out, w.substring(0, n - 2), "Neut", "", t("ие", "ия", "ию", "ие", "ием", "ии"), t("ия", "ий", "иям", "ия", "иями", "иях"));
    } else if (last == 'о') {
      String s = w.substring(0, n - 1);
      add(out, s, "Neut", "", t("о", "а", "у", "о", "ом", "е"), t("а", "", "ам", "а", "ами", "ах"));
    } else if (last == 'е') {
      String s = w.substring(0, n - 1);
      add(out, s, "Neut", "", t("е", "я", "ю", "е", "ем", "е"), t("я", "ей", "ям", "я", "ями", "ях"));
    } else if (VOWELS.indexOf(last) >= 0) {
      // Borrowed words in -и, -у, -ю, -э do not decline (Сочи, кенгуру).
      String[] same = t("", "", "", "", "", "");
      add(out, w, "Neut", "", same, same);
    } else {
      masculineForms(w, w, out);
      if (w.matches(".{2,}[ео][лкцнрт]")) {
        masculineForms(w, w.substring(0, n - 2) + last, out);
      }
    }
  }

  private static void masculineForms(String nominative, String s, List<Form> out) {
    char last = s.charAt(s.length() - 1);
    boolean sibilant = SIBILANTS.indexOf(last) >= 0;
    String y = VELARS.indexOf(last) >= 0 || sibilant ? "и" : "ы";
    String genitivePlural = sibilant ? "ей" : "ов";
    // Unstressed after a sibilant or ц the instrumental is -ем (Нинвецем), stressed -ом (ножом).
    String instrumental = sibilant || last == 'ц' ? "ом|ем" : "ом";
    List<Form> forms = new ArrayList<>();
    add(forms, s, "Masc", "", t("", "а", "у", "а|", instrumental, "е"), t(y, genitivePlural, "ам", genitivePlural + "|" + y, "ами", "ах"));
    for (Form f : forms) {
      boolean nominativeLike = f.text().equals(s) && !s.equals(nominative);
      out.add(nominativeLike ? new Form(nominative, f.tag()) : f);
    }
  }

  private static void add(List<Form> out, String stem, String gender, String animacy, String[] singular, String[] plural) {
    for (GrammaticalCase c : GrammaticalCase.values()) {
      for (String ending : singular[c.ordinal()].split("\\|", -1)) {
        out.add(new Form(stem + ending, tag(gender, animacy, false, c)));
      }
      for (String ending : plural[c.ordinal()].split("\\|", -1)) {
        out.add(new Form(stem + ending, tag(gender, animacy, true, c)));
      }
    }
  }

  private static RussianTag tag(String gender, String animacy, boolean plural, GrammaticalCase c) {
    String anim = animacy.isEmpty() ? "" : animacy + ":";
    return new RussianTag("NN:" + anim + gender + ":" + (plural ? "PL" : "Sin") + ":" + c.tag());
  }

  private static void adjectiveForms(String s, boolean soft, List<Form> out) {
    char last = s.charAt(s.length() - 1);
    boolean velar = VELARS.indexOf(last) >= 0;
    boolean sibilant = SIBILANTS.indexOf(last) >= 0;
    String y = velar || sibilant || soft ? "и" : "ы";
    String o = soft || sibilant ? "е" : "о";
    String a = soft ? "я" : "а";
    String u = soft ? "ю" : "у";
    String masc = y + "й";
    adjective(out, s, "Masc", t(masc, o + "го", o + "му", masc + "|" + o + "го", y + "м", o + "м"));
    adjective(out, s, "Fem", t(a + "я", o + "й", o + "й", u + "ю", o + "й|" + o + "ю", o + "й"));
    adjective(out, s, "Neut", t(o + "е", o + "го", o + "му", o + "е", y + "м", o + "м"));
    adjective(out, s, "PL", t(y + "е", y + "х", y + "м", y + "е|" + y + "х", y + "ми", y + "х"));
  }

  private static void adjective(List<Form> out, String stem, String genderOrPlural, String[] endings) {
    for (GrammaticalCase c : GrammaticalCase.values()) {
      for (String ending : endings[c.ordinal()].split("\\|", -1)) {
        out.add(new Form(stem + ending, new RussianTag("ADJ:Posit:" + genderOrPlural + ":" + c.tag())));
      }
    }
  }

  private static String[] t(String... endings) {
    return endings;
  }
}
