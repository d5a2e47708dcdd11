package org.rosetta.lang.ru;

/** The six Russian cases, with the letters the aot.ru tag set (LanguageTool's) writes for them. */
public enum GrammaticalCase {
  NOMINATIVE("Nom"),
  GENITIVE("R"),
  DATIVE("D"),
  ACCUSATIVE("V"),
  INSTRUMENTAL("T"),
  PREPOSITIONAL("P");

  private final String tag;

  GrammaticalCase(String tag) {
    this.tag = tag;
  }

  public String tag() {
    return tag;
  }

  static GrammaticalCase ofTag(String field) {
    for (GrammaticalCase c : values()) {
      if (c.tag.equals(field)) {
        return c;
      }
    }
    return null;
  }
}
