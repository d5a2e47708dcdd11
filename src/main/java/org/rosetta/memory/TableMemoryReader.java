package org.rosetta.memory;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rosetta.text.InputException;
import org.rosetta.text.Lang;

/**
 * Reads a memory kept as a table: a header naming languages ({@code en}, {@code ru}, {@code he},
 * subtags allowed) and one unit per row. Other columns, such as an id, are ignored; a row whose
 * English or both translations are empty teaches nothing and is skipped.
 */
final class TableMemoryReader {
  private TableMemoryReader() {}

  static TranslationMemory read(String origin, String content, char delimiter) {
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .setIgnoreEmptyLines(true)
            // Texts carry quotation marks of their own; a tab-separated memory does not quote.
            .setQuote(delimiter == '\t' ? null : '"')
            .get();
    List<MemoryUnit> units = new ArrayList<>();
    try (CSVParser parser = format.parse(new StringReader(content))) {
      Map<Lang, Integer> columns = null;
      int width = 0;
      for (CSVRecord row : parser) {
        int line = (int) parser.getCurrentLineNumber();
        if (columns == null) {
          columns = header(origin, line, row);
          width = row.size();
          continue;
        }
        if (row.size() != width) {
          throw new InputException(origin, line, "has " + row.size() + " columns where the header has " + width);
        }
        Map<Lang, String> texts = new EnumMap<>(Lang.class);
        columns.forEach((lang, index) -> {
          String text = row.get(index).strip();
          if (!text.isEmpty()) {
            texts.put(lang, text);
          }
        });
        if (texts.containsKey(Lang.EN) && texts.size() > 1) {
          units.add(new MemoryUnit(texts));
        }
      }
      if (columns == null) {
        throw new InputException(origin, "is empty: a memory needs a header of language codes and rows");
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new InputException(origin, 0, "is not a valid table: " + e.getMessage(), e);
    }
    return new TranslationMemory(origin, units);
  }

  private static Map<Lang, Integer> header(String origin, int line, CSVRecord row) {
    Map<Lang, Integer> columns = new EnumMap<>(Lang.class);
    for (int i = 0; i < row.size(); i++) {
      Optional<Lang> lang = MemoryLanguages.of(row.get(i));
      if (lang.isPresent() && columns.putIfAbsent(lang.get(), i) != null) {
        throw new InputException(origin, line, "the header names " + lang.get().code() + " twice");
      }
    }
    if (!columns.containsKey(Lang.EN) || columns.size() < 2) {
      throw new InputException(
          origin, line, "the header must name the language of each column: en and ru and/or he (e.g. id\\ten\\tru\\the)");
    }
    return columns;
  }
}
