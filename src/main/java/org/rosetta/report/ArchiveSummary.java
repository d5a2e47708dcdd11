package org.rosetta.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rosetta.text.Lang;

/**
 * What an archive aligned into memory gave and left out: totals per translation for the closing
 * lines, and a TSV row per document for {@code --summary}. Documents are added in the archive's
 * order, wherever they were aligned.
 */
public final class ArchiveSummary {
  private static final List<String> COUNTS = List.of("written", "below_threshold", "untranslated", "omissions", "additions");

  private int units;
  private int threeWay;
  private final Map<Lang, int[]> counts = new EnumMap<>(Lang.class);
  private final StringBuilder rows = new StringBuilder();

  public void add(String document, MemoryUnits.Harvest harvest) {
    units += harvest.units().size();
    threeWay += (int) harvest.units().stream().filter(u -> u.texts().size() == 3).count();
    harvest.counts().forEach((lang, c) -> {
      int[] sum = counts.computeIfAbsent(lang, l -> new int[COUNTS.size()]);
      int[] these = values(c);
      for (int k = 0; k < these.length; k++) {
        sum[k] += these[k];
      }
    });
    rows.append(document.replaceAll("\\s", " ")).append('\t').append(harvest.units().size());
    for (Lang lang : Lang.targets()) {
      MemoryUnits.Counts c = harvest.counts().get(lang);
      if (c == null) {
        rows.append("\t".repeat(COUNTS.size()));
      } else {
        for (int value : values(c)) {
          rows.append('\t').append(value);
        }
      }
    }
    rows.append('\n');
  }

  private static int[] values(MemoryUnits.Counts c) {
    return new int[] {c.written(), c.belowThreshold(), c.untranslated(), c.omissions(), c.additions()};
  }

  /** Units written so far. */
  public int units() {
    return units;
  }

  /** The TSV of {@code --summary}: a header, then a row per document added. */
  public String table() {
    List<String> columns = new ArrayList<>(List.of("document", "units"));
    for (Lang lang : Lang.targets()) {
      COUNTS.forEach(what -> columns.add(lang.code() + "_" + what));
    }
    return String.join("\t", columns) + "\n" + rows;
  }

  /**
   * The closing lines: units written, and per translation what was left out and why.
   *
   * @param unpaired files of the archive with no counterpart
   */
  public String describe(String output, int archiveDocuments, List<String> unpaired, double seconds) {
    StringBuilder out = new StringBuilder(
        String.format(Locale.ROOT, "%s: %d units from %d documents (%d in three languages) in %.1f s", output, units, archiveDocuments, threeWay, seconds));
    counts.forEach((lang, c) -> out.append(String.format(
        Locale.ROOT,
        "%n  en-%s: %d links written; left out: %d below the threshold, %d still in English, %d English sentences without a counterpart, %d translated sentences without an English one",
        lang.code(), c[0], c[1], c[2], c[3], c[4])));
    if (!unpaired.isEmpty()) {
      out.append(String.format(
          Locale.ROOT,
          "%n  %d files have no counterpart (English without a translation, or a translation without its English), e.g. %s",
          unpaired.size(), unpaired.get(0)));
    }
    return out.toString();
  }
}
