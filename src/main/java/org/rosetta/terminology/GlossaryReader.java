package org.rosetta.terminology;

import java.util.Locale;
import org.rosetta.text.InputException;

/** Reads a glossary in any supported format, chosen by file name and, failing that, by content. */
public final class GlossaryReader {
  private GlossaryReader() {}

  /**
   * @param origin file name or field name: {@code .tbx}/{@code .xml} are TBX, {@code .tsv} is
   *     tab-separated, {@code .csv} comma-separated; other names are sniffed
   * @throws InputException naming the origin and line of the first problem
   */
  public static Glossary read(String origin, String content) {
    String name = origin.toLowerCase(Locale.ROOT);
    if (name.endsWith(".tbx") || name.endsWith(".xml") || content.stripLeading().startsWith("<")) {
      return new TbxGlossaryReader().read(origin, content);
    }
    if (name.endsWith(".tsv") || (!name.endsWith(".csv") && firstLine(content).contains("\t"))) {
      return new CsvGlossaryReader('\t').read(origin, content);
    }
    return new CsvGlossaryReader(',').read(origin, content);
  }

  private static String firstLine(String content) {
    int eol = content.indexOf('\n');
    return eol < 0 ? content : content.substring(0, eol);
  }
}
