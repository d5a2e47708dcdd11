package org.rosetta.memory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rosetta.text.Lang;

/**
 * A memory as a table, as {@link TableMemoryReader} reads it: a header of language codes (and the
 * document and scores, which the reader ignores), a unit per row, an empty cell where a
 * translation does not render the English. A tab-separated table does not quote, so whitespace
 * inside a text (a sentence broken over lines) is written as one space.
 */
final class TableMemoryWriter implements MemoryWriter {
  private final Writer writer;
  private final CSVPrinter table;
  private final boolean tabs;

  TableMemoryWriter(OutputStream out, char delimiter) throws IOException {
    this.tabs = delimiter == '\t';
    this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CSVFormat.Builder format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setRecordSeparator('\n');
    if (tabs) {
      format.setQuote(null).setEscape(null);
    }
    this.table = new CSVPrinter(writer, format.get());
    table.printRecord("document", "en", "ru", "he", "score ru", "score he");
  }

  @Override
  public void write(Unit unit) throws IOException {
    List<String> row = new ArrayList<>();
    row.add(cell(unit.document()));
    for (Lang lang : Lang.values()) {
      row.add(cell(unit.texts().getOrDefault(lang, "")));
    }
    for (Lang lang : Lang.targets()) {
      Double score = unit.scores().get(lang);
      row.add(score == null ? "" : String.format(Locale.ROOT, "%.3f", score));
    }
    table.printRecord(row);
  }

  private String cell(String text) {
    return tabs ? text.replaceAll("\\s+", " ") : text;
  }

  @Override
  public void close() throws IOException {
    table.flush();
    writer.flush();
  }
}
