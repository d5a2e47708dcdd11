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
import org.rosetta.Fixtures;
import org.rosetta.check.Finding;
import org.rosetta.detect.LanguageIdentifier;
import org.rosetta.report.DocumentReport;
import org.rosetta.segment.SentenceSegmenter;
import org.rosetta.terminology.TermMatcher;
import org.rosetta.text.InputException;
import org.rosetta.text.Lang;
import org.rosetta.text.TextDecoder;

/** The seed statement as XLIFF, TMX and PO files, clean and with a translator's slips planted in units. */
class BilingualCheckTest {
  private static final BilingualReader READER = new BilingualReader(new TextDecoder());
  private static Engine engine;
  private static TermMatcher terms;

  @BeforeAll
  static void build() {
    engine = new Engine(new SentenceSegmenter(), new LanguageIdentifier(), Engine.AlignerKind.ANCHORED);
    terms = Engine.matcher(Fixtures.glossary());
  }

  private static List<BilingualFile> read(String fileName, String content) {
    return READER.read(fileName, fileName, content.getBytes(StandardCharsets.UTF_8));
  }

  private static DocumentReport check(BilingualFile file) {
    return engine.checkUnits(file, terms);
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
    return report.findings().stream().filter(f -> f.rule().equals(rule)).map(Finding::message).toList();
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
