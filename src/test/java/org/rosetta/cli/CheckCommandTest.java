package org.rosetta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosetta.Fixtures;
import org.rosetta.bilingual.TestBilingual;
import org.rosetta.document.DocumentReaderTest;
import org.rosetta.document.TestDocuments;
import org.rosetta.text.Lang;

class CheckCommandTest {
  private static final String EN = Fixtures.file(Lang.EN).toString();
  private static final String RU = Fixtures.file(Lang.RU).toString();
  private static final String HE = Fixtures.file(Lang.HE).toString();
  private static final String TBX = "glossaries/diplomacy.tbx";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path write(String name, String content) throws Exception {
    Path path = dir.resolve(name);
    Files.writeString(path, content, StandardCharsets.UTF_8);
    return path;
  }

  @Test
  void theSeedWithItsGlossaryPasses() {
    CommandLineRun.Result result = CommandLineRun.launch("check", "--en", EN, "--ru", RU, "--he", HE, "-g", TBX);

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.output()).contains("en-ru 22 links").contains("0 errors, 0 warnings");
  }

  /** The text report names each finding as compilers do, FILE:LINE:COLUMN, and quotes the sentences it is about. */
  @Test
  void theTextReportPointsAtTheLineAndColumnAndQuotesBothSides() throws Exception {
    Path en = write("c.en.txt", "The minister arrived in Moscow on Monday.\nThe talks lasted for 3 hours.\nThey will go on tomorrow.\n");
    Path ru = write("c.ru.txt", "Министр прибыл в Москву в понедельник.\nПереговоры длились 4 часа.\nОни продолжатся завтра.\n");

    CommandLineRun.Result result = CommandLineRun.launch("check", "--no-detect", "--en", en.toString(), "--ru", ru.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(result.output())
        .contains(ru + ":2:20: error: the number 4 in ru-2 is not in the English [numbers.mismatch]\n"
            + "   en-2   The talks lasted for 3 hours.\n"
            + "   ru-2   Переговоры длились 4 часа.\n")
        .contains(en + ":2:22: error: the number 3 of en-2 is missing from the translation [numbers.mismatch]");
  }

  @Test
  void aForbiddenTermFailsTheCheckAndTheJsonReportIsWrittenWhole() throws Exception {
    Path ru = write("s.ru.txt", Fixtures.text(Lang.RU).replace("в кулуарах", "на обочине"));
    Path out = dir.resolve("report.json");

    CommandLineRun.Result result =
        CommandLineRun.launch("check", "--no-detect", "--en", EN, "--ru", ru.toString(), "-g", "glossaries/diplomacy.csv", "--format", "json", "-o", out.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    JsonNode report = JSON.readTree(out.toFile());
    assertThat(report.path("documents").get(0).path("findings").findValuesAsText("rule")).contains("terminology.forbidden");
    assertThat(report.path("documents").get(0).path("alignments").has("he")).isFalse();
    assertThat(dir).isDirectoryNotContaining("glob:**.part");
  }

  @Test
  void failOnDecidesTheExitCode() throws Exception {
    Path ru = write("s.ru.txt", Fixtures.text(Lang.RU).replace("в кулуарах", "на обочине"));

    assertThat(CommandLineRun.launch("check", "--no-detect", "--en", EN, "--ru", ru.toString(), "-g", TBX, "--fail-on", "never").exitCode()).isEqualTo(0);
    assertThat(CommandLineRun.launch("check", "--no-detect", "--en", EN, "--ru", RU, "-g", TBX, "--fail-on", "warning").exitCode()).isEqualTo(0);
  }

  @Test
  void foldersAreCheckedDocumentByDocumentWithProgress() throws Exception {
    for (Lang lang : Lang.values()) {
      Files.copy(Fixtures.file(lang), dir.resolve("a." + lang.code() + ".txt"));
      Files.copy(Fixtures.file(lang), dir.resolve("b." + lang.code() + ".txt"));
    }
    Files.delete(dir.resolve("b.he.txt"));

    CommandLineRun.Result result = CommandLineRun.launch("check", "--no-detect", "-f", "junit", dir.toString(), "translations");

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.errorOutput()).contains("[1/3] a: 0 errors").contains("[2/3] b:").contains("[3/3] eventputin301115:");
    assertThat(result.output()).contains("<testsuite name=\"a\"").contains("<testsuite name=\"b\"");
  }

  @Test
  void sarifGoesToStdout() {
    CommandLineRun.Result result = CommandLineRun.launch("check", "--no-detect", "--en", EN, "--he", HE, "-f", "sarif");

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.output()).contains("\"version\" : \"2.1.0\"");
  }

  @Test
  void helpAndVersionWorkOnEveryCommand() {
    CommandLineRun.Result help = CommandLineRun.launch("check", "--help");
    assertThat(help.exitCode()).isEqualTo(0);
    assertThat(help.output()).contains("--fail-on").contains("Exit codes:").contains("usage or input error");
    assertThat(CommandLineRun.launch("--version").output()).contains("Rosetta");
    assertThat(CommandLineRun.launch("eval", "--help").output()).contains("gold");
    assertThat(CommandLineRun.launch("bench", "--version").exitCode()).isEqualTo(0);
  }

  @Test
  void usageErrorsExitWithTwo() {
    CommandLineRun.Result noInput = CommandLineRun.launch("check");
    assertThat(noInput.exitCode()).isEqualTo(2);
    assertThat(noInput.errorOutput()).contains("nothing to check");

    assertThat(CommandLineRun.launch("check", "--ru", RU).errorOutput()).contains("--ru and --he need --en");
    assertThat(CommandLineRun.launch("check", "--en", EN, "--format", "pdf").exitCode()).isEqualTo(2);
    CommandLineRun.Result language = CommandLineRun.launch("check", "--no-detect", "--en", EN, "--languages", "ru,xx");
    assertThat(language.exitCode()).isEqualTo(2);
    assertThat(language.errorOutput()).contains("unknown language code 'xx'");
  }

  @Test
  void badInputFilesAreNamedWithoutAStackTrace() throws Exception {
    Path empty = write("empty.ru.txt", "");
    Path cp1251 = dir.resolve("old.ru.txt");
    Files.write(cp1251, Fixtures.text(Lang.RU).getBytes(Charset.forName("windows-1251")));
    Path binary = dir.resolve("image.he.txt");
    Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Path big = dir.resolve("big.en.txt");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(50L * 1024 * 1024);
    }

    assertInputError(CommandLineRun.launch("check", "--en", EN, "--ru", dir.resolve("missing.txt").toString()), "missing.txt: does not exist");
    assertInputError(CommandLineRun.launch("check", "--en", EN, "--ru", empty.toString()), "empty.ru.txt: is empty");
    assertInputError(CommandLineRun.launch("check", "--en", EN, "--ru", cp1251.toString()), "old.ru.txt:1: is not valid UTF-8");
    assertInputError(CommandLineRun.launch("check", "--en", EN, "--he", binary.toString()), "image.he.txt:1: looks binary");
    // The limit is 20 MB by default; the tests lower it to 1 MB (CommandLineRun).
    assertInputError(CommandLineRun.launch("check", "--en", big.toString()), "big.en.txt: is 50.0 MB, larger than the limit of 1.0 MB");
    assertInputError(CommandLineRun.launch("check", dir.resolve("nowhere").toString()), "nowhere: does not exist");
  }

  @Test
  void badGlossariesAreNamedByLine() throws Exception {
    Path broken = write("broken.csv", "concept,lang,term,status\nparis,en,Paris,preferred\nparis,ru,\"Париж,preferred\n");
    Path doctype = write("evil.tbx", "<?xml version=\"1.0\"?>\n<!DOCTYPE tbx SYSTEM \"http://127.0.0.1:9/evil.dtd\">\n<tbx/>\n");
    Path malformed = write("bad.tbx", "<tbx>\n<text>\n</tbx>\n");

    assertInputError(CommandLineRun.launch("check", "--en", EN, "-g", broken.toString()), "broken.csv");
    assertInputError(CommandLineRun.launch("check", "--en", EN, "-g", doctype.toString()), "evil.tbx:2: has a DOCTYPE declaration");
    assertInputError(CommandLineRun.launch("check", "--en", EN, "-g", malformed.toString()), "bad.tbx:3: is not well-formed XML");
  }

  @Test
  void aFailedRunLeavesTheOldReportUntouched() throws Exception {
    Path out = write("report.json", "previous report");

    CommandLineRun.Result result = CommandLineRun.launch("check", "--en", EN, "--ru", dir.resolve("missing.ru.txt").toString(), "-f", "json", "-o", out.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(Files.readString(out)).isEqualTo("previous report");
    assertThat(dir).isDirectoryNotContaining("glob:**.part");
  }

  @Test
  void theServiceIsNotStartedWithoutQuarkus() {
    CommandLineRun.Result result = CommandLineRun.launch("serve");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errorOutput()).contains("start it with ./rosetta serve");
    assertThat(CommandLineRun.launch("serve", "--help").output()).contains("Runs the web page and the REST API");
  }

  /** The seed saved as a translator would: English in Word, Russian in LibreOffice, Hebrew as a web page. */
  @Test
  void theSeedAsWordOdtAndHtmlGivesTheReportOfItsText() throws Exception {
    Files.write(dir.resolve(Fixtures.SEED + ".en.docx"), TestDocuments.docx(DocumentReaderTest.paragraphs(Lang.EN)));
    Files.write(dir.resolve(Fixtures.SEED + ".ru.odt"), TestDocuments.odt(DocumentReaderTest.paragraphs(Lang.RU)));
    Files.write(dir.resolve(Fixtures.SEED + ".he.html"), TestDocuments.html(DocumentReaderTest.paragraphs(Lang.HE), "he"));

    CommandLineRun.Result documents = CommandLineRun.launch("check", "-f", "json", "-g", TBX, dir.toString());
    CommandLineRun.Result texts = CommandLineRun.launch("check", "-f", "json", "-g", TBX, "translations");

    assertThat(documents.exitCode()).as(documents.errorOutput()).isEqualTo(texts.exitCode());
    JsonNode fromDocuments = JSON.readTree(documents.output()).path("documents").get(0);
    JsonNode fromTexts = JSON.readTree(texts.output()).path("documents").get(0);
    for (Lang lang : Lang.values()) {
      assertThat(fromDocuments.path("texts").path(lang.code()).path("segments").findValuesAsText("text"))
          .as(lang.code())
          .isNotEmpty()
          .isEqualTo(fromTexts.path("texts").path(lang.code()).path("segments").findValuesAsText("text"));
    }
    assertThat(fromDocuments.path("alignments")).isEqualTo(fromTexts.path("alignments"));
    assertThat(withoutSpans(fromDocuments.path("findings"))).isEqualTo(withoutSpans(fromTexts.path("findings")));
    // The ODT's and the web page's first paragraph is a heading, and the report says so; text has none.
    assertThat(fromDocuments.path("texts").path("ru").path("segments").get(0).path("heading").asBoolean()).isTrue();
    assertThat(fromDocuments.path("texts").path("he").path("segments").get(0).path("heading").asBoolean()).isTrue();
    assertThat(fromDocuments.path("texts").path("ru").path("segments").get(1).has("heading")).isFalse();
    assertThat(fromTexts.findValues("heading")).isEmpty();
  }

  @Test
  void badDocumentsAreNamedWithoutAStackTrace() throws Exception {
    Path lies = dir.resolve("lies.en.docx");
    Files.writeString(lies, "plain text saved as .docx");
    Path scan = dir.resolve("scan.ru.pdf");
    Files.write(scan, TestDocuments.pdf(java.util.List.of()));

    assertInputError(CommandLineRun.launch("check", "--en", lies.toString()), "lies.en.docx: is not a Word document (DOCX)");
    assertInputError(CommandLineRun.launch("check", "--en", EN, "--ru", scan.toString()), "scan.ru.pdf: has no text layer");
  }

  @Test
  void aPdfIsCheckedWithAWarning() throws Exception {
    Path pdf = dir.resolve("s.en.pdf");
    Files.write(pdf, TestDocuments.pdf(java.util.List.of("Prime Minister Netanyahu met President Putin in Paris.", "We are satisfied with the progress of bilateral relations.")));

    CommandLineRun.Result result = CommandLineRun.launch("check", "--no-detect", "--en", pdf.toString());

    assertThat(result.exitCode()).as(result.errorOutput()).isEqualTo(0);
    assertThat(result.errorOutput()).contains("rosetta: warning: " + pdf + ": a PDF keeps no paragraphs");
  }

  @Test
  void anXliffFileIsCheckedUnitByUnit() throws Exception {
    java.util.List<org.rosetta.bilingual.BilingualUnit> units = new java.util.ArrayList<>(TestBilingual.seedUnits(Lang.RU));
    org.rosetta.bilingual.BilingualUnit slipped = units.get(units.size() - 2);
    units.set(units.size() - 2, new org.rosetta.bilingual.BilingualUnit(slipped.id(), slipped.source(), ""));
    Path xliff = write("statement.ru.xlf", TestBilingual.xliff12(units, "ru-RU"));

    CommandLineRun.Result result = CommandLineRun.launch("check", "-f", "json", "-g", TBX, xliff.toString());

    assertThat(result.exitCode()).as(result.errorOutput()).isEqualTo(1);
    JsonNode document = JSON.readTree(result.output()).path("documents").get(0);
    assertThat(document.path("name").asText()).isEqualTo("statement.ru");
    assertThat(document.path("texts").path("ru").path("segments").get(0).path("unit").asText()).isEqualTo("tu1");
    assertThat(document.path("findings").findValuesAsText("message")).anyMatch(m -> m.contains("no Russian counterpart") && m.endsWith("(unit " + slipped.id() + ")"));
    assertInputError(CommandLineRun.launch("check", write("none.xlf", TestBilingual.xliff12(units, null)).toString()), "none.xlf: has no target language");
  }

  @Test
  void aTmxWithBothTranslationsIsOneDocumentAndLanguagesChooseAmongThem() throws Exception {
    Path tmx = write("statement.tmx", TestBilingual.tmx(TestBilingual.seedUnitsOfBoth()));

    CommandLineRun.Result both = CommandLineRun.launch("check", "-f", "json", "-g", TBX, tmx.toString());
    CommandLineRun.Result hebrew = CommandLineRun.launch("check", "-f", "json", "--languages", "he", tmx.toString());

    assertThat(both.exitCode()).as(both.errorOutput()).isEqualTo(0);
    JsonNode documents = JSON.readTree(both.output()).path("documents");
    assertThat(documents).hasSize(1);
    assertThat(documents.get(0).path("alignments").has("ru")).isTrue();
    assertThat(documents.get(0).path("alignments").has("he")).isTrue();
    JsonNode alone = JSON.readTree(hebrew.output()).path("documents").get(0);
    assertThat(alone.path("alignments").has("ru")).isFalse();
    assertThat(alone.path("texts").path("he").path("segments").get(0).path("unit").asText()).isEqualTo("tu1");
  }

  @Test
  void anXliffFileGoesBackToTheCatToolWithNotes() throws Exception {
    java.util.List<org.rosetta.bilingual.BilingualUnit> units = new java.util.ArrayList<>(TestBilingual.seedUnits(Lang.RU));
    org.rosetta.bilingual.BilingualUnit slipped = units.get(units.size() - 2);
    units.set(units.size() - 2, new org.rosetta.bilingual.BilingualUnit(slipped.id(), slipped.source(), ""));
    String original = "\uFEFF" + TestBilingual.xliff12(units, "ru-RU");
    Path xliff = write("statement.ru.xlf", original);
    Path out = dir.resolve("checked.xlf");

    CommandLineRun.Result result = CommandLineRun.launch("check", "--format", "xliff", "-o", out.toString(), xliff.toString());

    assertThat(result.exitCode()).as(result.errorOutput()).isEqualTo(1);
    String annotated = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(annotated).startsWith("\uFEFF<?xml").contains("<note from=\"rosetta\" priority=\"1\">error alignment.omission:");
    assertThat(annotated.replaceAll("<note from=\"rosetta\" priority=\"[0-9]+\">[^<]*</note>", "")).isEqualTo(original);
    assertThat(CommandLineRun.launch("check", "--format", "xliff", "translations").errorOutput()).contains("give exactly one .xlf or .xliff file");
  }

  @Test
  void theSideBySideSpreadsheetIsWrittenToAFile() throws Exception {
    Path out = dir.resolve("seed.xlsx");

    CommandLineRun.Result result = CommandLineRun.launch("check", "--no-detect", "-f", "xlsx", "-o", out.toString(), "translations");

    assertThat(result.exitCode()).as(result.errorOutput()).isEqualTo(0);
    try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(out.toFile())) {
      java.util.List<org.dhatim.fastexcel.reader.Row> rows = workbook.getFirstSheet().read();
      assertThat(rows.get(0).getCellText(0)).isEqualTo("English");
      assertThat(rows).anyMatch(r -> r.getCellText(2).contains("נתניהו"));
    }
    assertThat(CommandLineRun.launch("check", "--no-detect", "-f", "xlsx", "translations").errorOutput()).contains("give the file with -o FILE.xlsx");
  }

  @Test
  void aBadDetectionSettingIsAnInputError() {
    java.io.StringWriter err = new java.io.StringWriter();
    org.rosetta.setup.EngineSettings oneLanguage =
        new org.rosetta.setup.EngineSettings(java.util.List.of("en"), CommandLineRun.SETTINGS.cache(), CommandLineRun.SETTINGS.maxInputBytes(), true, java.util.OptionalInt.empty());

    int exitCode = CommandLineMain.run(oneLanguage, new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err, true), "check", "translations");

    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString()).contains("language detection needs at least two candidate languages");
  }

  /** Findings without where they point: a document's offsets are not its text's, and a finding's key names its words by offset. */
  private static JsonNode withoutSpans(JsonNode findings) {
    com.fasterxml.jackson.databind.node.ArrayNode copy = JSON.createArrayNode();
    findings.forEach(f -> copy.add(((com.fasterxml.jackson.databind.node.ObjectNode) f.deepCopy()).without(java.util.List.of("spans", "key"))));
    return copy;
  }

  private static void assertInputError(CommandLineRun.Result result, String message) {
    assertThat(result.exitCode()).as(result.errorOutput()).isEqualTo(2);
    assertThat(result.errorOutput()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
  }
}
