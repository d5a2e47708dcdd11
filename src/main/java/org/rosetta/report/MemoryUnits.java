package org.rosetta.report;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.rosetta.align.Link;
import org.rosetta.memory.MemoryWriter;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;

/**
 * What of an aligned document becomes translation memory: the links that pair sentences and are
 * scored at least the threshold, but not those whose translation is still in Latin letters (a
 * sentence left in English would teach the memory that English renders itself); where the Russian
 * and the Hebrew links pair exactly the same English sentences, one unit holds all three. What is
 * left out is counted, per language.
 */
public final class MemoryUnits {
  private static final Pattern ADDRESS = Pattern.compile("\\S*(?:://|www\\.|@)\\S*");

  private MemoryUnits() {}

  /** The units of one document, and what it left out. */
  public record Harvest(List<MemoryWriter.Unit> units, Map<Lang, Counts> counts) implements Serializable {}

  /**
   * Per translation: links written as memory, links that pair sentences but are scored below the
   * threshold, English sentences without a counterpart, translated sentences without an English one.
   */
  public record Counts(int written, int belowThreshold, int untranslated, int omissions, int additions) implements Serializable {}

  /** What becomes of a link: memory, or why not. */
  public enum Fate {
    WRITTEN,
    BELOW_THRESHOLD,
    UNTRANSLATED,
    OMISSION,
    ADDITION
  }

  /** What becomes of one link of the document's translation into {@code lang}. */
  public static Fate fate(DocumentReport report, Lang lang, Link link, double threshold) {
    if (link.isOmission()) {
      return Fate.OMISSION;
    }
    if (link.isAddition()) {
      return Fate.ADDITION;
    }
    if (link.score() < threshold) {
      return Fate.BELOW_THRESHOLD;
    }
    if (lang.script() != Character.UnicodeScript.LATIN && inLatinLetters(report.texts().get(lang).segments().subList(link.targetFrom(), link.targetTo()))) {
      return Fate.UNTRANSLATED;
    }
    return Fate.WRITTEN;
  }

  public static Harvest of(DocumentReport report, double threshold) {
    List<Segment> english = report.texts().get(Lang.EN).segments();
    // English spans in order, each with the confident link of each translation that pairs exactly it.
    Map<Long, Map<Lang, Link>> bySpan = new TreeMap<>();
    Map<Lang, Counts> counts = new EnumMap<>(Lang.class);
    report.alignments().forEach((lang, links) -> {
      int written = 0;
      int below = 0;
      int untranslated = 0;
      int omissions = 0;
      int additions = 0;
      for (Link link : links) {
        switch (fate(report, lang, link, threshold)) {
          case OMISSION -> omissions += link.sourceTo() - link.sourceFrom();
          case ADDITION -> additions += link.targetTo() - link.targetFrom();
          case BELOW_THRESHOLD -> below++;
          case UNTRANSLATED -> untranslated++;
          case WRITTEN -> {
            written++;
            bySpan.computeIfAbsent(((long) link.sourceFrom() << 32) | link.sourceTo(), k -> new EnumMap<>(Lang.class)).put(lang, link);
          }
        }
      }
      counts.put(lang, new Counts(written, below, untranslated, omissions, additions));
    });
    List<MemoryWriter.Unit> units = new ArrayList<>();
    for (Map<Lang, Link> links : bySpan.values()) {
      Link any = links.values().iterator().next();
      Map<Lang, String> texts = new EnumMap<>(Lang.class);
      Map<Lang, Double> scores = new EnumMap<>(Lang.class);
      Map<Lang, String> shapes = new EnumMap<>(Lang.class);
      texts.put(Lang.EN, Segment.joinedText(english.subList(any.sourceFrom(), any.sourceTo())));
      links.forEach((lang, link) -> {
        List<Segment> target = report.texts().get(lang).segments();
        texts.put(lang, Segment.joinedText(target.subList(link.targetFrom(), link.targetTo())));
        scores.put(lang, link.score());
        shapes.put(lang, link.shape());
      });
      units.add(new MemoryWriter.Unit(report.name(), texts, scores, shapes));
    }
    return new Harvest(units, counts);
  }

  /** Whether a translation is mostly Latin letters, web and mail addresses aside ("Источник: https://…" is translated). */
  private static boolean inLatinLetters(List<Segment> translation) {
    String text = ADDRESS.matcher(Segment.joinedText(translation)).replaceAll(" ");
    long letters = text.codePoints().filter(Character::isLetter).count();
    long latin = text.codePoints().filter(cp -> Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN).count();
    return letters > 0 && 2 * latin >= letters;
  }
}
