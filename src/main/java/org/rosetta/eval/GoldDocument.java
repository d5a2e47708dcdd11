package org.rosetta.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.rosetta.text.InputException;
import org.rosetta.text.Lang;

/**
 * The gold alignment of a generated test document ({@code NAME.gold.json} of {@code
 * data/bible-en-ru-he/make_documents.py}): where each verse sits in each language (null when
 * dropped), which target spans were inserted or left in English, and which translated verses got a
 * defect inside them ({@code --inside}: a clause dropped, cut short, an English word, words
 * repeated, a number changed).
 */
public record GoldDocument(
    String name, List<Verse> verses, Map<Lang, List<int[]>> added, Map<Lang, List<int[]>> untranslated, Map<Lang, List<Inside>> inside) {

  /** A defect inside a translated verse: its kind as the generator names it, and the verse's span. */
  public record Inside(String verse, String kind, int[] span) {}

  /** A verse's code-point span in each language; a missing language means it was dropped. */
  public record Verse(String id, Map<Lang, int[]> spans) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  public static GoldDocument parse(String origin, String json) {
    try {
      JsonNode root = JSON.readTree(json);
      List<Verse> verses = new ArrayList<>();
      for (JsonNode v : root.path("verses")) {
        Map<Lang, int[]> spans = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
          JsonNode span = v.get(lang.code());
          if (span != null && span.isArray() && span.size() == 2) {
            spans.put(lang, new int[] {span.get(0).asInt(), span.get(1).asInt()});
          }
        }
        verses.add(new Verse(v.path("id").asText(), spans));
      }
      if (verses.isEmpty()) {
        throw new InputException(origin, "has no verses");
      }
      return new GoldDocument(
          root.path("name").asText(origin), verses, spans(root.path("added")), spans(root.path("untranslated")), inside(root.path("inside")));
    } catch (IOException e) {
      throw new InputException(origin, "is not valid gold JSON: " + e.getMessage(), e);
    }
  }

  private static Map<Lang, List<Inside>> inside(JsonNode node) {
    Map<Lang, List<Inside>> out = new EnumMap<>(Lang.class);
    for (Lang lang : Lang.targets()) {
      List<Inside> list = new ArrayList<>();
      for (JsonNode defect : node.path(lang.code())) {
        JsonNode span = defect.path("span");
        list.add(new Inside(defect.path("verse").asText(), defect.path("kind").asText(), new int[] {span.get(0).asInt(), span.get(1).asInt()}));
      }
      out.put(lang, list);
    }
    return out;
  }

  private static Map<Lang, List<int[]>> spans(JsonNode node) {
    Map<Lang, List<int[]>> out = new EnumMap<>(Lang.class);
    for (Lang lang : Lang.targets()) {
      List<int[]> list = new ArrayList<>();
      for (JsonNode span : node.path(lang.code())) {
        list.add(new int[] {span.get(0).asInt(), span.get(1).asInt()});
      }
      out.put(lang, list);
    }
    return out;
  }
}
