package org.rosetta.memory;

import java.util.Locale;
import org.rosetta.text.InputException;

/** Reads a translation memory: TMX by name or content, otherwise a TSV or CSV table. */
public final class MemoryReader {
  private MemoryReader() {}

  /**
   * @param origin file or field name: {@code .tmx}/{@code .xml} are TMX, {@code .tsv} tab-separated,
   *     {@code .csv} comma-separated; other names are sniffed
   * @throws InputException naming the origin and line of the first problem, or a memory with no
   *     unit that pairs English with Russian or Hebrew
   */
  public static TranslationMemory read(String origin, String content) {
    String name = origin.toLowerCase(Locale.ROOT);
    TranslationMemory memory;
    if (name.endsWith(".tmx") || name.endsWith(".xml") || content.stripLeading().startsWith("<")) {
      memory = TmxMemoryReader.read(origin, content);
    } else {
      boolean tabs = name.endsWith(".tsv") || (!name.endsWith(".csv") && firstLine(content).contains("\t"));
      memory = TableMemoryReader.read(origin, content, tabs ? '\t' : ',');
    }
    if (memory.units().isEmpty()) {
      throw new InputException(origin, "has no unit that pairs English with Russian or Hebrew");
    }
    return memory;
  }

  private static String firstLine(String content) {
    int eol = content.indexOf('\n');
    return eol < 0 ? content : content.substring(0, eol);
  }
}
