package org.rosetta.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rosetta.Engine;
import org.rosetta.Evidence;
import org.rosetta.Fixtures;
import org.rosetta.bilingual.BilingualFile;
import org.rosetta.bilingual.BilingualReader;
import org.rosetta.bilingual.BilingualUnit;
import org.rosetta.bilingual.TestBilingual;
import org.rosetta.input.TextDecoder;
import org.rosetta.segment.SentenceSegmenter;
import org.rosetta.text.Lang;

/** The seed as XLIFF with a forbidden term planted, written back with the findings as notes. */
class XliffNotesTest {
  private static final String NOTE_12 = "<note from=\"rosetta\" priority=\"[0-9]+\">[^<]*</note>";
  private static final String NOTE_2 = "<note category=\"rosetta\" priority=\"[0-9]+\">[^<]*</note>";
  private static Engine engine;
  private static Evidence evidence;
  private static List<BilingualUnit> units;
  private static String slipped;

  @BeforeAll
  static void build() {
    engine = Engine.withoutDetection(new SentenceSegmenter(), Engine.AlignerKind.ANCHORED);
    evidence = Evidence.of(Fixtures.glossary());
    units = new ArrayList<>(TestBilingual.seedUnits(Lang.RU));
    for (int k = 0; k < units.size(); k++) {
      BilingualUnit unit = units.get(k);
      if (unit.target().contains("двусторонних отношений")) {
        units.set(k, new BilingualUnit(unit.id(), unit.source(), unit.target().replace("двусторонних отношений", "билатеральных отношений")));
        slipped = unit.id();
      }
    }
  }

  private static String annotate(String xliff) {
    BilingualFile file = new BilingualReader(new TextDecoder()).read("s.xlf", "s.xlf", xliff.getBytes(StandardCharsets.UTF_8)).get(0);
    return XliffNotes.annotate("s.xlf", xliff, engine.checkUnits(List.of(file), evidence));
  }

  @Test
  void xliff12GetsNotesInItsUnitsAndIsOtherwiseUntouched() {
    String xliff = TestBilingual.xliff12(units, "ru-RU");

    String annotated = annotate(xliff);

    assertThat(annotated.replaceAll(NOTE_12, "")).isEqualTo(xliff);
    String unit = annotated.substring(annotated.indexOf("<trans-unit id=\"" + slipped + "\""));
    unit = unit.substring(0, unit.indexOf("</trans-unit>"));
    assertThat(unit).contains("<note from=\"rosetta\" priority=\"1\">error terminology.forbidden: &quot;".replace("&quot;", "\""))
        .contains("Write: двусторонних отношений");
    List<BilingualUnit> reread = new BilingualReader(new TextDecoder()).read("s.xlf", "s.xlf", annotated.getBytes(StandardCharsets.UTF_8)).get(0).units();
    assertThat(reread).isEqualTo(units);
  }

  @Test
  void xliff2GetsNotesBeforeItsSegmentsOrInItsOwnNotes() {
    String xliff = TestBilingual.xliff20(units, "ru")
        .replace("<unit id=\"" + slipped + "\">", "<unit id=\"" + slipped + "\"><notes><note category=\"client\">keep the register formal</note></notes>");

    String annotated = annotate(xliff);

    assertThat(annotated.replaceAll(NOTE_2, "").replace("<notes></notes>", "")).isEqualTo(xliff);
    assertThat(annotated).contains("<notes><note category=\"rosetta\" priority=\"1\">error terminology.forbidden")
        .contains("<note category=\"client\">keep the register formal</note>");
    assertThat(annotated.indexOf("category=\"rosetta\"")).isLessThan(annotated.indexOf("<segment>", annotated.indexOf("<unit id=\"" + slipped + "\"")));
  }

  /** As CAT tools write it: indented, the unit's notes on a line of their own after a comment. */
  @Test
  void anIndentedXliff2KeepsOneNotesPerUnit() {
    String xliff = TestBilingual.xliff20(units, "ru")
        .replace("<segment>", "\n      <segment>")
        .replace("<unit id=\"" + slipped + "\">", "<unit id=\"" + slipped + "\">\n      <!-- reviewed -->\n      <notes>\n        <note category=\"client\">formal</note>\n      </notes>");

    String annotated = annotate(xliff);

    assertThat(annotated.replaceAll(NOTE_2, "").replace("<notes></notes>", "")).isEqualTo(xliff);
    String unit = annotated.substring(annotated.indexOf("<unit id=\"" + slipped + "\""));
    unit = unit.substring(0, unit.indexOf("</unit>"));
    assertThat(unit.split("<notes>", -1)).hasSize(2);
    assertThat(unit).contains("<notes><note category=\"rosetta\" priority=\"1\">error terminology.forbidden").contains("<note category=\"client\">formal</note>");
  }
}
