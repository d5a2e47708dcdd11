package org.rosetta.align;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rosetta.BibleText;
import org.rosetta.eval.GoldDocument;
import org.rosetta.text.DocumentInput;
import org.rosetta.text.Lang;
import org.rosetta.text.SourceText;

/**
 * Test documents built from the verse-aligned Bible text ({@link BibleText}), with chosen verses
 * dropped from a translation and the gold alignment known.
 */
final class BibleDocuments {
  record Built(DocumentInput input, GoldDocument gold) {}

  private BibleDocuments() {}

  static List<String[]> verses(String idPrefix) {
    List<String[]> rows = new ArrayList<>();
    for (String line : BibleText.lines()) {
      String[] cols = line.split("\t");
      if (cols[0].startsWith(idPrefix) && !cols[0].equals("id")) {
        rows.add(cols);
      }
    }
    return rows;
  }

  /**
   * A verse as whole sentences, as make_documents.py writes it: a verse that continues a sentence
   * gets a full stop and a capital, so verse boundaries are sentence boundaries.
   */
  static String sentenceFinal(String verse) {
    String text = verse.strip().replaceAll("\\s+", " ").replaceAll("[ ,;:\u2014-]+$", "");
    if (!text.matches("(?s).*([.!?\u05C3]|[.!?][\"'\u201D\u00BB)])$")) {
      text += ".";
    }
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        return text.substring(0, i) + Character.toUpperCase(text.charAt(i)) + text.substring(i + 1);
      }
    }
    return text;
  }

  /** Verses as running text, a paragraph every {@code every} verses, {@code dropped} left out per language. */
  static Built build(String name, List<String[]> verses, int every, Map<Lang, Set<Integer>> dropped) {
    Map<Lang, StringBuilder> texts = new EnumMap<>(Lang.class);
    List<GoldDocument.Verse> gold = new ArrayList<>();
    for (Lang lang : Lang.values()) {
      texts.put(lang, new StringBuilder());
    }
    for (int v = 0; v < verses.size(); v++) {
      Map<Lang, int[]> spans = new EnumMap<>(Lang.class);
      for (Lang lang : Lang.values()) {
        if (dropped.getOrDefault(lang, Set.of()).contains(v)) {
          continue;
        }
        StringBuilder sb = texts.get(lang);
        if (sb.length() > 0) {
          sb.append(v % every == 0 ? "\n\n" : " ");
        }
        int start = sb.codePointCount(0, sb.length());
        sb.append(sentenceFinal(verses.get(v)[1 + lang.ordinal()]));
        spans.put(lang, new int[] {start, sb.codePointCount(0, sb.length())});
      }
      gold.add(new GoldDocument.Verse(verses.get(v)[0], spans));
    }
    Map<Lang, SourceText> sources = new EnumMap<>(Lang.class);
    texts.forEach((lang, sb) -> sources.put(lang, new SourceText(lang, name + "." + lang.code(), sb.toString())));
    Map<Lang, List<int[]>> none = Map.of(Lang.RU, List.of(), Lang.HE, List.of());
    return new Built(new DocumentInput(name, sources), new GoldDocument(name, gold, none, none, Map.of()));
  }
}
