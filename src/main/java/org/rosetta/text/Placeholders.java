package org.rosetta.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a translation must carry over exactly as written: speaker and anonymisation labels
 * ("(PERSON4)", "[PERSON2]", "[NAME]"; in round brackets only with a number, since "(NBA)" is
 * an abbreviation a translator may render as "(НБА)"), format placeholders ("{name}", "%s", "%1$d", "${user}"), web and
 * mail addresses, hashtags and @-names.
 */
public final class Placeholders {
  /** One found, with its UTF-16 offsets in the text. */
  public record Placeholder(String text, int start, int end, Kind kind) {}

  /** Addresses may be localised ("/en/" → "/ru/"); labels and placeholders may not. */
  public enum Kind {
    LABEL,
    FORMAT,
    ADDRESS,
    TAG
  }

  private static final Pattern FOUND =
      Pattern.compile(
          "(?<address>(?:https?://|www\\.)[^\\s<>\"«»]*[^\\s<>\"«».,;:!?)\\]]"
              + "|(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+)"
              + "|(?<label>\\([A-Z]{2}[A-Z_]*\\d+\\)|\\[[A-Z]{2}[A-Z_]*\\d*\\])"
              + "|(?<format>\\$?\\{[\\p{L}\\p{N}_.]+\\}|%(?:\\d+\\$)?[sdif])"
              + "|(?<tag>(?<![\\p{L}\\p{N}_&])[#@]\\p{L}[\\p{L}\\p{N}_]*)");

  private Placeholders() {}

  private static boolean mayHave(String text) {
    for (int i = 0; i < text.length(); i++) {
      switch (text.charAt(i)) {
        case '@', '#', '%', '{', '[', '(':
          return true;
        default:
          break;
      }
    }
    return text.contains("://") || text.contains("www.");
  }

  /** The placeholders of a text, in text order. */
  public static List<Placeholder> find(String text) {
    List<Placeholder> out = new ArrayList<>();
    // Most sentences have none: a scan for the characters every placeholder needs spares the pattern.
    if (!mayHave(text)) {
      return out;
    }
    Matcher m = FOUND.matcher(text);
    while (m.find()) {
      Kind kind = m.group("address") != null ? Kind.ADDRESS : m.group("label") != null ? Kind.LABEL : m.group("format") != null ? Kind.FORMAT : Kind.TAG;
      out.add(new Placeholder(m.group(), m.start(), m.end(), kind));
    }
    return out;
  }
}
