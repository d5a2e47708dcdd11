package org.rosetta.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rosetta.Engine;
import org.rosetta.Evidence;
import org.rosetta.Fixtures;
import org.rosetta.segment.SentenceSegmenter;
import org.rosetta.text.DocumentInput;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;
import org.rosetta.text.SourceText;

/** The seed's two alignments joined on their English, and the spreadsheet made of them. */
class SideBySideTest {
  private static DocumentReport seed;

  @BeforeAll
  static void check() {
    DocumentInput input = Fixtures.seed();
    java.util.Map<Lang, SourceText> texts = new java.util.EnumMap<>(input.texts());
    // A sentence the Russian adds, and a forbidden variant.
    String russian = Fixtures.text(Lang.RU).replace("двусторонних отношений.", "билатеральных отношений. Это было сказано в Париже.");
    texts.put(Lang.RU, new SourceText(Lang.RU, "ru", russian));
    seed = Engine.withoutDetection(new SentenceSegmenter(), Engine.AlignerKind.ANCHORED).check(new DocumentInput("seed", texts), Evidence.of(Fixtures.glossary()));
  }

  @Test
  void everySentenceIsInOneRowInTextOrder() {
    List<SideBySide.Row> rows = SideBySide.rows(seed);

    List<Segment> english = rows.stream().flatMap(r -> r.english().stream()).toList();
    assertThat(english).isEqualTo(seed.texts().get(Lang.EN).segments());
    for (Lang lang : Lang.targets()) {
      List<Segment> inRows = rows.stream().flatMap(r -> r.translations().getOrDefault(lang, List.of()).stream()).toList();
      assertThat(inRows).as(lang.code()).isEqualTo(seed.texts().get(lang).segments());
    }
    SideBySide.Row merged = rows.stream().filter(r -> r.english().size() == 2).findFirst().orElseThrow();
    assertThat(merged.translations()).containsKeys(Lang.RU, Lang.HE);
  }

  @Test
  void theSpreadsheetHasARowPerStretchWithItsFindings() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    XlsxSideBySide.write(new Report(List.of(seed)), "0.1", bytes);

    List<List<String>> cells = new ArrayList<>();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
      Sheet sheet = workbook.getFirstSheet();
      assertThat(sheet.getName()).isEqualTo("seed");
      sheet.read().forEach(row -> cells.add(row.stream().map(c -> c == null ? "" : c.getRawValue() == null ? "" : c.getRawValue()).collect(Collectors.toList())));
    }

    assertThat(cells.get(0)).startsWith("English", "Russian", "Hebrew", "Findings", "Status");
    assertThat(cells).hasSize(SideBySide.rows(seed).size() + 1);
    assertThat(cells).anyMatch(r -> r.get(0).contains("bilateral relations") && r.get(1).contains("билатеральных") && r.get(2).contains("הבילטרליים")
        && r.get(3).contains("error terminology.forbidden") && r.get(4).contains("ru 1-1"));
  }
}
