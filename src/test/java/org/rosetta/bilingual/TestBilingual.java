package org.rosetta.bilingual;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rosetta.Engine;
import org.rosetta.Evidence;
import org.rosetta.Fixtures;
import org.rosetta.align.Link;
import org.rosetta.report.DocumentReport;
import org.rosetta.segment.SentenceSegmenter;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;

/**
 * The seed statement as a CAT tool would hold it: a unit per link of its alignment (English
 * sentences and their translation), written as XLIFF 1.2, XLIFF 2.0, TMX or PO.
 */
public final class TestBilingual {
  private TestBilingual() {}

  /** The seed's units for one translation, from the engine's own alignment of the seed. */
  public static List<BilingualUnit> seedUnits(Lang target) {
    DocumentReport report = Engine.withoutDetection(new SentenceSegmenter(), Engine.AlignerKind.ANCHORED).check(Fixtures.seed(), Evidence.NONE);
    List<Segment> english = report.texts().get(Lang.EN).segments();
    List<Segment> translation = report.texts().get(target).segments();
    List<BilingualUnit> units = new ArrayList<>();
    for (Link link : report.alignments().get(target)) {
      units.add(
          new BilingualUnit(
              "tu" + (units.size() + 1),
              Segment.joinedText(english.subList(link.sourceFrom(), link.sourceTo())),
              Segment.joinedText(translation.subList(link.targetFrom(), link.targetTo()))));
    }
    return units;
  }

  /**
   * The seed's units for both translations, as a TMX holding both keeps them: a unit ends where
   * the links of both translations end, so the two share each unit's English.
   */
  public static Map<String, List<BilingualUnit>> seedUnitsOfBoth() {
    DocumentReport report = Engine.withoutDetection(new SentenceSegmenter(), Engine.AlignerKind.ANCHORED).check(Fixtures.seed(), Evidence.NONE);
    java.util.TreeSet<Integer> ends = new java.util.TreeSet<>();
    report.alignments().get(Lang.RU).forEach(l -> ends.add(l.sourceTo()));
    java.util.Set<Integer> hebrewEnds = new java.util.HashSet<>();
    report.alignments().get(Lang.HE).forEach(l -> hebrewEnds.add(l.sourceTo()));
    ends.retainAll(hebrewEnds);
    List<Segment> english = report.texts().get(Lang.EN).segments();
    Map<String, List<BilingualUnit>> units = new java.util.LinkedHashMap<>();
    for (Lang target : List.of(Lang.RU, Lang.HE)) {
      List<Segment> translation = report.texts().get(target).segments();
      List<BilingualUnit> list = new ArrayList<>();
      int from = 0;
      int targetFrom = 0;
      for (int end : ends) {
        if (end == from) {
          continue;
        }
        int targetTo = targetFrom;
        for (Link link : report.alignments().get(target)) {
          if (link.sourceTo() <= end && link.sourceFrom() >= from) {
            targetTo = Math.max(targetTo, link.targetTo());
          }
        }
        list.add(new BilingualUnit("tu" + (list.size() + 1), Segment.joinedText(english.subList(from, end)), Segment.joinedText(translation.subList(targetFrom, targetTo))));
        from = end;
        targetFrom = targetTo;
      }
      units.put(target.code(), list);
    }
    return units;
  }

  public static String xliff12(List<BilingualUnit> units, String targetLanguage) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n");
    xml.append("  <file original=\"statement.docx\" source-language=\"en-US\"").append(targetLanguage == null ? "" : " target-language=\"" + targetLanguage + "\"");
    xml.append(" datatype=\"plaintext\">\n    <body>\n");
    for (BilingualUnit unit : units) {
      xml.append("      <trans-unit id=\"").append(unit.id()).append("\"><source>").append(escape(unit.source())).append("</source><target>")
          .append(escape(unit.target())).append("</target></trans-unit>\n");
    }
    return xml.append("    </body>\n  </file>\n</xliff>\n").toString();
  }

  public static String xliff20(List<BilingualUnit> units, String targetLanguage) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"");
    xml.append(targetLanguage).append("\">\n  <file id=\"f1\">\n");
    for (BilingualUnit unit : units) {
      xml.append("    <unit id=\"").append(unit.id()).append("\"><segment><source>").append(escape(unit.source())).append("</source><target>")
          .append(escape(unit.target())).append("</target></segment></unit>\n");
    }
    return xml.append("  </file>\n</xliff>\n").toString();
  }

  public static String tmx(Map<String, List<BilingualUnit>> byLanguage) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n  <header creationtool=\"test\" creationtoolversion=\"1\" segtype=\"paragraph\" o-tmf=\"test\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/>\n  <body>\n");
    List<BilingualUnit> first = byLanguage.values().iterator().next();
    for (int k = 0; k < first.size(); k++) {
      xml.append("    <tu tuid=\"").append(first.get(k).id()).append("\"><tuv xml:lang=\"en\"><seg>").append(escape(first.get(k).source())).append("</seg></tuv>");
      for (Map.Entry<String, List<BilingualUnit>> language : byLanguage.entrySet()) {
        xml.append("<tuv xml:lang=\"").append(language.getKey()).append("\"><seg>").append(escape(language.getValue().get(k).target())).append("</seg></tuv>");
      }
      xml.append("</tu>\n");
    }
    return xml.append("  </body>\n</tmx>\n").toString();
  }

  public static String po(List<BilingualUnit> units, String language) {
    StringBuilder po = new StringBuilder("msgid \"\"\nmsgstr \"\"\n\"Language: ").append(language).append("\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n");
    for (BilingualUnit unit : units) {
      po.append("msgctxt \"").append(unit.id()).append("\"\nmsgid \"").append(quote(unit.source())).append("\"\nmsgstr \"").append(quote(unit.target())).append("\"\n\n");
    }
    return po.toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String quote(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }
}
