package org.rosetta.report.mqm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rosetta.check.Finding;
import org.rosetta.check.RuleId;
import org.rosetta.check.Severity;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;
import org.rosetta.text.SegmentId;
import org.rosetta.text.SegmentKind;
import org.rosetta.text.Span;

class MqmTsvTest {
  // An emoji before the number: spans count code points, Java strings UTF-16 chars.
  private static final Segment EN = new Segment(Lang.EN, 0, 0, 31, 0, "Prices rose 🙂 by 40 percent.\tOK", 1, SegmentKind.SENTENCE);
  private static final Segment HE = new Segment(Lang.HE, 0, 0, 25, 0, "המחירים עלו ב-45 אחוזים.", 1, SegmentKind.SENTENCE);

  @Test
  void eachConfirmedErrorIsOneLineWithItsWordsMarked() throws Exception {
    Finding f = new Finding(RuleId.NUMBERS_MISMATCH, Severity.ERROR, Lang.HE, List.of(SegmentId.parse("en-1"), SegmentId.parse("he-1")),
        List.of(new Span(SegmentId.parse("en-1"), 17, 19), new Span(SegmentId.parse("he-1"), 14, 16)), "the number 45 in he-1 is not in the English", "40", "45", List.of());
    StringWriter out = new StringWriter();

    MqmTsv.write("press release", List.of(new ConfirmedError(f, new MqmIssue(MqmCategory.ACCURACY, MqmSeverity.MAJOR), "Rita", Instant.parse("2026-12-03T10:00:00Z"), null)),
        Map.of(SegmentId.parse("en-1"), EN, SegmentId.parse("he-1"), HE), out);

    assertThat(out.toString()).startsWith("\uFEFF");
    String[] lines = out.toString().substring(1).split("\n");
    assertThat(lines).hasSize(2);
    assertThat(lines[0].split("\t")).containsExactlyElementsOf(MqmTsv.COLUMNS);
    String[] row = lines[1].split("\t", -1);
    assertThat(row).hasSize(MqmTsv.COLUMNS.size());
    assertThat(row[3]).isEqualTo("Prices rose 🙂 by <v>40</v> percent. OK");
    assertThat(row[4]).isEqualTo("המחירים עלו ב-<v>45</v> אחוזים.");
    assertThat(List.of(row).subList(5, 11)).containsExactly("Accuracy", "major", "numbers.mismatch", "the number 45 in he-1 is not in the English", "Rita", "2026-12-03T10:00:00Z");
  }

  @Test
  void aReviewersNoteCannotBecomeASpreadsheetFormula() throws Exception {
    Finding f = new Finding(RuleId.UNTRANSLATED_WORD, Severity.WARNING, Lang.HE, List.of(SegmentId.parse("en-1"), SegmentId.parse("he-1")), List.of(), "m", null, "OK", List.of());
    StringWriter out = new StringWriter();

    MqmTsv.write("=cmd|' /C calc'!A0", List.of(new ConfirmedError(f, new MqmIssue(MqmCategory.ACCURACY, MqmSeverity.MINOR), "Rita", Instant.EPOCH, "=HYPERLINK(\"http://x\")")),
        Map.of(SegmentId.parse("en-1"), EN, SegmentId.parse("he-1"), HE), out);

    String[] row = out.toString().split("\n")[1].split("\t", -1);
    assertThat(row[0]).isEqualTo("'=cmd|' /C calc'!A0");
    assertThat(row[11]).isEqualTo("'=HYPERLINK(\"http://x\")");
  }

  @Test
  void aFindingKeyIsTheSameForTheSameFindingAndDiffersOtherwise() {
    Finding a = new Finding(RuleId.NAMES_MISSING, Severity.ERROR, Lang.RU, List.of(SegmentId.parse("en-2"), SegmentId.parse("ru-2")), List.of(), "the name \"Keselowski\" …", "Keselowski", null, List.of());
    Finding again = new Finding(RuleId.NAMES_MISSING, Severity.WARNING, Lang.RU, List.of(SegmentId.parse("en-2"), SegmentId.parse("ru-2")), List.of(), "another wording", "Keselowski", null, List.of());
    Finding elsewhere = new Finding(RuleId.NAMES_MISSING, Severity.ERROR, Lang.RU, List.of(SegmentId.parse("en-3"), SegmentId.parse("ru-3")), List.of(), "the name \"Keselowski\" …", "Keselowski", null, List.of());
    // The same number changed twice in one link: two findings, told apart by the words they mark.
    Finding first = new Finding(RuleId.NUMBERS_MISMATCH, Severity.ERROR, Lang.RU, List.of(SegmentId.parse("en-2"), SegmentId.parse("ru-2")), List.of(new Span(SegmentId.parse("ru-2"), 10, 12)), "m", null, "45", List.of());
    Finding second = new Finding(RuleId.NUMBERS_MISMATCH, Severity.ERROR, Lang.RU, List.of(SegmentId.parse("en-2"), SegmentId.parse("ru-2")), List.of(new Span(SegmentId.parse("ru-2"), 30, 32)), "m", null, "45", List.of());

    assertThat(FindingKey.of(a)).matches("[0-9a-f]{16}").isEqualTo(FindingKey.of(again)).isNotEqualTo(FindingKey.of(elsewhere));
    assertThat(FindingKey.of(first)).isNotEqualTo(FindingKey.of(second));
  }
}
