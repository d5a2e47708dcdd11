package org.rosetta.bilingual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rosetta.Engine;
import org.rosetta.Evidence;
import org.rosetta.Fixtures;
import org.rosetta.align.Link;
import org.rosetta.check.Finding;
import org.rosetta.detect.LanguageIdentifier;
import org.rosetta.input.TextDecoder;
import org.rosetta.report.DocumentReport;
import org.rosetta.report.XliffNotes;
import org.rosetta.segment.SentenceSegmenter;
import org.rosetta.text.InputException;
import org.rosetta.text.Lang;

/** The seed statement as XLIFF, TMX and PO files, clean and with a translator's slips planted in units. */
class BilingualCheckTest {
  private static final BilingualReader READER = new BilingualReader(new TextDecoder());
  private static Engine engine;
  private static Evidence evidence;

  @BeforeAll
  static void build() {
    engine = new Engine(new SentenceSegmenter(), new LanguageIdentifier(), Engine.AlignerKind.ANCHORED);
    evidence = Evidence.of(Fixtures.glossary());
  }

  private static List<BilingualFile> read(String fileName, String content) {
    return READER.read(fileName, fileName, content.getBytes(StandardCharsets.UTF_8));
  }

  private static DocumentReport check(BilingualFile file) {
    return engine.checkUnits(List.of(file), evidence);
  }

  private static List<Finding> errors(DocumentReport report) {
    return report.findings().stream().filter(f -> f.severity().name().equals("ERROR") || f.severity().name().equals("WARNING")).toList();
  }

  @Test
  void theSeedAsXliffIsCleanAndItsSegmentsKnowTheirUnits() {
    List<BilingualUnit> units = TestBilingual.seedUnits(Lang.RU);
    BilingualFile file = read("statement.xlf", TestBilingual.xliff12(units, "ru-RU")).get(0);

    DocumentReport report = check(file);

    assertThat(file.target()).isEqualTo(Lang.RU);
    assertThat(file.units()).hasSize(units.size());
    assertThat(errors(report)).isEmpty();
    assertThat(report.texts().get(Lang.RU).units()).hasSize(report.texts().get(Lang.RU).segments().size()).startsWith("tu1", "tu2");
    assertThat(report.alignments().get(Lang.RU)).hasSize(units.size());
  }

  @Test
  void slipsAreFoundInTheirUnits() {
    List<BilingualUnit> units = new ArrayList<>(TestBilingual.seedUnits(Lang.RU));
    int forbidden = indexOf(units, "двусторонних отношений");
    units.set(forbidden, withTarget(units.get(forbidden), units.get(forbidden).target().replace("двусторонних отношений", "билатеральных отношений")));
    int empty = indexOf(units, "Рад снова вас видеть.");
    units.set(empty, withTarget(units.get(empty), ""));
    int a = indexOf(units, "В мире происходит очень много драматических событий.");
    BilingualUnit first = units.get(a);
    BilingualUnit second = units.get(a + 1);
    units.set(a, withTarget(first, second.target()));
    units.set(a + 1, withTarget(second, first.target()));

    DocumentReport report = check(read("statement.xlf", TestBilingual.xliff12(units, "ru")).get(0));

    assertThat(messages(report, "terminology.forbidden")).anyMatch(m -> m.endsWith("(unit " + units.get(forbidden).id() + ")"));
    assertThat(messages(report, "alignment.omission")).anyMatch(m -> m.endsWith("(unit " + units.get(empty).id() + ")"));
    assertThat(messages(report, "alignment.misaligned-unit"))
        .anyMatch(m -> m.startsWith("unit " + first.id() + ":") && m.contains("with the English of unit " + second.id()))
        .anyMatch(m -> m.startsWith("unit " + second.id() + ":") && m.contains("with the English of unit " + first.id()));
    assertThat(messages(report, "alignment.misaligned-unit")).hasSize(2);
  }

  @Test
  void xliff2TmxAndPoGiveTheUnitsOfXliff12() {
    List<BilingualUnit> russian = TestBilingual.seedUnits(Lang.RU);
    List<BilingualUnit> hebrew = TestBilingual.seedUnits(Lang.HE);
    List<BilingualUnit> expected = read("s.xlf", TestBilingual.xliff12(russian, "ru")).get(0).units();

    assertThat(read("s.xlf", TestBilingual.xliff20(russian, "ru")).get(0).units()).isEqualTo(expected);
    assertThat(read("s.po", TestBilingual.po(russian, "ru")).get(0).units()).extracting(BilingualUnit::source, BilingualUnit::target)
        .isEqualTo(expected.stream().map(u -> org.assertj.core.groups.Tuple.tuple(u.source(), u.target())).toList());
    Map<String, List<BilingualUnit>> both = new LinkedHashMap<>();
    both.put("ru-RU", russian);
    both.put("he-IL", russian.stream().map(u -> new BilingualUnit(u.id(), u.source(), "תרגום " + u.id())).toList());
    List<BilingualFile> tmx = read("memory.tmx", TestBilingual.tmx(both));
    assertThat(tmx).extracting(BilingualFile::target).containsExactly(Lang.RU, Lang.HE);
    assertThat(tmx.get(0).units()).extracting(BilingualUnit::target).isEqualTo(expected.stream().map(BilingualUnit::target).toList());
    assertThat(tmx.get(1).units()).hasSize(expected.size());
    BilingualFile hebrewAlone = read("memory.tmx", TestBilingual.tmx(Map.of("he", hebrew))).get(0);
    assertThat(hebrewAlone.target()).isEqualTo(Lang.HE);
    assertThat(errors(check(hebrewAlone))).isEmpty();
  }

  /**
   * The case: four slips in known units (a forbidden term, a changed number, a target
   * left in English, an empty target) are each reported on their unit, nothing on the others, and
   * the file written back parses and carries a note on each of the four.
   */
  @Test
  void fourSlipsAreReportedOnTheirUnitsAndWrittenBackAsNotes() {
    List<BilingualUnit> units = new ArrayList<>(TestBilingual.seedUnits(Lang.RU));
    int forbidden = indexOf(units, "двусторонних отношений");
    units.set(forbidden, withTarget(units.get(forbidden), units.get(forbidden).target().replace("двусторонних отношений", "билатеральных отношений")));
    // The seed's one number in digits is in its source line.
    int number = indexOf(units, "301115");
    units.set(number, withTarget(units.get(number), units.get(number).target().replace("301115", "301116")));
    int english = indexOf(units, "Я помню нашу обстоятельную беседу");
    units.set(english, withTarget(units.get(english), units.get(english).source()));
    int empty = indexOf(units, "Рад снова вас видеть.");
    units.set(empty, withTarget(units.get(empty), ""));
    String xliff = TestBilingual.xliff12(units, "ru");

    DocumentReport report = check(read("statement.xlf", xliff).get(0));

    Map<String, String> ruleByUnit = new LinkedHashMap<>();
    for (Finding finding : errors(report)) {
      DocumentReport.unitsOf(finding, report.unitsBySegment()).forEach(unit -> ruleByUnit.merge(unit, finding.rule().id(), (a, b) -> a + " " + b));
    }
    assertThat(ruleByUnit).containsOnlyKeys(units.get(forbidden).id(), units.get(number).id(), units.get(english).id(), units.get(empty).id());
    assertThat(ruleByUnit.get(units.get(forbidden).id())).contains("terminology.forbidden");
    assertThat(ruleByUnit.get(units.get(number).id())).contains("numbers.mismatch");
    assertThat(ruleByUnit.get(units.get(english).id())).contains("untranslated");
    assertThat(ruleByUnit.get(units.get(empty).id())).contains("alignment.omission");

    String annotated = XliffNotes.annotate("statement.xlf", xliff, report);
    List<BilingualUnit> reread = read("statement.xlf", annotated).get(0).units();
    assertThat(reread).isEqualTo(units);
    for (int k : List.of(forbidden, number, english, empty)) {
      String unit = annotated.substring(annotated.indexOf("<trans-unit id=\"" + units.get(k).id() + "\""));
      assertThat(unit.substring(0, unit.indexOf("</trans-unit>"))).as(units.get(k).id()).contains("<note from=\"rosetta\"");
    }
    assertThat(annotated.split("<note from=\"rosetta\"", -1).length - 1).isGreaterThanOrEqualTo(4);
  }

  @Test
  void aTmxWithBothTranslationsIsOneDocumentOfThreeTexts() {
    Map<String, List<BilingualUnit>> both = TestBilingual.seedUnitsOfBoth();
    List<BilingualFile> tmx = read("statement.tmx", TestBilingual.tmx(both));

    DocumentReport report = engine.checkUnits(tmx, evidence);

    assertThat(report.texts()).containsOnlyKeys(Lang.EN, Lang.RU, Lang.HE);
    assertThat(report.alignments()).containsOnlyKeys(Lang.RU, Lang.HE);
    assertThat(report.alignments().get(Lang.RU)).hasSize(both.get("ru").size());
    assertThat(report.texts().get(Lang.HE).units()).hasSize(report.texts().get(Lang.HE).segments().size()).startsWith("tu1");
    assertThat(errors(report)).isEmpty();
  }

  @Test
  void aReviewersLinksReplaceTheUnitsPairingButSegmentsKeepTheirUnits() {
    List<BilingualFile> file = read("statement.xlf", TestBilingual.xliff12(TestBilingual.seedUnits(Lang.RU), "ru"));
    DocumentReport checked = engine.checkUnits(file, evidence);
    List<Link> units = checked.alignments().get(Lang.RU);
    // The reviewer moves the second unit's translation into the first unit's link.
    List<Link> relinked = new ArrayList<>(units);
    Link first = units.get(0);
    Link second = units.get(1);
    relinked.set(0, new Link(first.sourceFrom(), first.sourceTo(), first.targetFrom(), second.targetTo(), 1.0));
    relinked.set(1, new Link(second.sourceFrom(), second.sourceTo(), second.targetTo(), second.targetTo(), 1.0));

    DocumentReport report = engine.recheckUnits(file, checked.texts(), Map.of(Lang.RU, relinked), evidence);

    assertThat(report.alignments().get(Lang.RU)).isEqualTo(relinked);
    assertThat(report.texts().get(Lang.EN).units()).startsWith("tu1");
    assertThat(messages(report, "alignment.omission")).anyMatch(m -> m.endsWith("(unit tu2)"));
  }

  @Test
  void badBilingualFilesAreNamed() {
    List<BilingualUnit> units = TestBilingual.seedUnits(Lang.RU).subList(0, 2);
    String xliff = TestBilingual.xliff12(units, "ru");

    assertRefused("dtd.xlf", xliff.replace("<xliff ", "<!DOCTYPE xliff SYSTEM \"http://127.0.0.1:9/x.dtd\">\n<xliff "), "dtd.xlf:2: has a DOCTYPE declaration");
    assertRefused("none.xlf", TestBilingual.xliff12(units, null), "none.xlf: has no target language (target-language on <file>)");
    assertRefused("german.xlf", TestBilingual.xliff12(units, "de-DE"), "german.xlf: has target language 'de-DE'");
    assertRefused("broken.xlf", xliff.substring(0, xliff.length() / 2), "broken.xlf: could not be read as XLIFF");
    assertRefused("empty.po", "msgid \"\"\nmsgstr \"\"\n\"Language: he\\n\"\n", "empty.po: has no translation units");
  }

  private static void assertRefused(String fileName, String content, String message) {
    assertThatThrownBy(() -> read(fileName, content)).isInstanceOf(InputException.class).hasMessageStartingWith(message);
  }

  private static List<String> messages(DocumentReport report, String rule) {
    return report.findings().stream().filter(f -> f.rule().id().equals(rule)).map(Finding::message).toList();
  }

  private static int indexOf(List<BilingualUnit> units, String target) {
    for (int k = 0; k < units.size(); k++) {
      if (units.get(k).target().contains(target)) {
        return k;
      }
    }
    throw new IllegalArgumentException("no unit translates to " + target);
  }

  private static BilingualUnit withTarget(BilingualUnit unit, String target) {
    return new BilingualUnit(unit.id(), unit.source(), target);
  }
}
