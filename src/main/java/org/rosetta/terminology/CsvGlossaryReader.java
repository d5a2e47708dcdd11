package org.rosetta.terminology;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rosetta.text.InputException;

/**
 * Reads a glossary table with the header {@code concept,lang,term,status,pos}: one term per row,
 * the columns of TBX-Basic's concept / language / term / administrative status / part of speech.
 * Only {@code concept}, {@code lang} and {@code term} are required; an optional {@code derived}
 * column (yes/no) says whether words derived from the concept's terms render it.
 */
final class CsvGlossaryReader {
  private final char delimiter;

  CsvGlossaryReader(char delimiter) {
    this.delimiter = delimiter;
  }

  Glossary read(String origin, String content) {
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .setCommentMarker('#')
            .get();
    GlossaryBuilder builder = new GlossaryBuilder(origin);
    try (CSVParser parser = format.parse(new StringReader(content))) {
      Map<String, Integer> header = lowerCaseHeader(parser);
      for (String required : new String[] {"concept", "lang", "term"}) {
        if (!header.containsKey(required)) {
          throw new InputException(
              origin, 1, "the header has no '" + required + "' column (expected concept,lang,term,status,pos)");
        }
      }
      for (CSVRecord row : parser) {
        int line = (int) parser.getCurrentLineNumber();
        if (row.size() != header.size()) {
          throw new InputException(
              origin, line, "has " + row.size() + " columns where the header has " + header.size());
        }
        builder.add(
            column(row, header, "concept"),
            column(row, header, "lang"),
            column(row, header, "term"),
            column(row, header, "status"),
            column(row, header, "pos"),
            line);
        builder.derivedForms(column(row, header, "concept"), column(row, header, "derived"), line);
      }
    } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
      String problem = rootMessage(e);
      String clean = problem.replaceAll("^[\\w.$]+(Exception|Error): ", "").replaceAll("^\\(startline \\d+\\) ", "");
      throw new InputException(origin, lineOf(problem), "is not a valid table: " + clean, e);
    }
    return builder.build();
  }

  private static Map<String, Integer> lowerCaseHeader(CSVParser parser) {
    Map<String, Integer> lower = new java.util.HashMap<>();
    parser.getHeaderMap().forEach((name, index) -> lower.put(name.strip().toLowerCase(Locale.ROOT), index));
    return lower;
  }

  private static String column(CSVRecord row, Map<String, Integer> header, String name) {
    Integer index = header.get(name);
    return index == null ? "" : row.get(index);
  }

  /** The innermost message: wrappers prepend exception class names a user has no use for. */
  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return String.valueOf(root.getMessage());
  }

  private static int lineOf(String message) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+)").matcher(message);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }
}
