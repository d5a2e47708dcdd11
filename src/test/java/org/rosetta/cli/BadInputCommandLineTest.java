package org.rosetta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rosetta.Fixtures;
import org.rosetta.document.TestDocuments;
import org.rosetta.text.Lang;

/**
 * The command line's bad-input corpus: hostile or broken files and arguments, each refused with
 * exit code 2 and a message that names the file (and line, where there is one) and the problem,
 * never a stack trace; odd but legitimate text is checked. The tests' input limit is 1 MB
 * ({@link CommandLineRun}), so "10 MB" inputs meet the size limit, and the sentence limits
 * ({@code SegmentLimits}) are met by inputs under it.
 */
class BadInputCommandLineTest {
  private static final String EN = Fixtures.file(Lang.EN).toString();
  private static final String RU_TEXT = Fixtures.text(Lang.RU);

  @TempDir static Path dir;

  /** A file of the corpus, given to the command line as {@code option}, or alone (a bilingual file) when it is null. */
  private record BadFile(String name, byte[] content, String option) {
    List<String> args(Path dir) throws Exception {
      Path file = dir.resolve(name);
      Files.write(file, content);
      List<String> args = new ArrayList<>(List.of("check"));
      if (option == null) {
        args.add(file.toString());
        return args;
      }
      if (!option.equals("--en")) {
        args.addAll(List.of("--en", EN));
      }
      args.addAll(List.of(option, file.toString()));
      return args;
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static Arguments refused(String what, String name, byte[] content, String option, String message) {
    return Arguments.of(what, new BadFile(name, content, option), message);
  }

  static Stream<Arguments> badFiles() throws Exception {
    byte[] utf16 = ("\uFEFF" + RU_TEXT).getBytes(StandardCharsets.UTF_16LE);
    return Stream.of(
        refused("an empty file", "empty.ru.txt", new byte[0], "--ru", "empty.ru.txt: is empty"),
        refused("only white space", "blank.ru.txt", utf8(" \n\t\n"), "--ru", "blank.ru.txt: has no text (only white space)"),
        refused("Windows-1251", "cp1251.ru.txt", RU_TEXT.getBytes(Charset.forName("windows-1251")), "--ru", "cp1251.ru.txt:1: is not valid UTF-8"),
        refused("UTF-16 with a byte-order mark", "utf16.ru.txt", utf16, "--ru", "utf16.ru.txt: is UTF-16"),
        refused("invalid UTF-8 on line 3", "broken.ru.txt", concat(utf8("Первая строка.\nВторая.\n"), new byte[] {(byte) 0xC3, 0x28}), "--ru", "broken.ru.txt:3: is not valid UTF-8"),
        refused("a NUL byte on line 2", "nul.ru.txt", utf8("Министр прибыл.\nОн \u0000встретился.\n"), "--ru", "nul.ru.txt:2: looks binary (it contains a NUL byte"),
        refused("a PNG named .txt", "image.he.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13}, "--he", "image.he.txt:3: looks binary (it contains a NUL byte at byte 8)"),
        refused("a 10 MB line with no sentence end", "line.en.txt", utf8("word ".repeat(2_000_000)), "--en", "line.en.txt: is 9.5 MB, larger than the limit of 1.0 MB"),
        refused("a 100 kB line with no sentence end", "long.en.txt", utf8("The minister arrived.\n\n" + "word ".repeat(20_000)), "--en", "long.en.txt:3: has a sentence of 99,999 characters with no sentence end"),
        refused("1 M tiny sentences", "tiny.en.txt", utf8("Yes. ".repeat(1_000_000)), "--en", "tiny.en.txt: is 4.8 MB, larger than the limit of 1.0 MB"),
        refused("60,000 tiny sentences", "many.ru.txt", utf8("Да.\n".repeat(60_000)), "--ru", "many.ru.txt:50001: has 60,000 sentences, more than the 50,000"),
        refused("plain text saved as .docx", "lies.en.docx", utf8("plain text"), "--en", "lies.en.docx: is not a Word document (DOCX)"),
        refused("a truncated Word file", "cut.ru.docx", truncated(TestDocuments.docx(List.of(RU_TEXT))), "--ru", "cut.ru.docx: is a damaged ZIP package"),
        refused("a ZIP bomb as a Word file", "bomb.en.docx", TestDocuments.zipBomb(), "--en", "bomb.en.docx: unpacks to more than"),
        refused("a PDF with no text layer", "scan.ru.pdf", TestDocuments.pdf(List.of()), "--ru", "scan.ru.pdf: has no text layer"),
        refused("a glossary with an external DTD", "evil.tbx", utf8("<?xml version=\"1.0\"?>\n<!DOCTYPE tbx SYSTEM \"http://127.0.0.1:9/evil.dtd\">\n<tbx/>\n"), "-g", "evil.tbx:2: has a DOCTYPE declaration"),
        refused("a glossary with an unclosed quote", "broken.csv", utf8("concept,lang,term,status\nparis,en,Paris,preferred\nparis,ru,\"Париж,preferred\n"), "-g", "broken.csv"),
        refused("an XLIFF with an entity bomb", "bomb.xlf", utf8("<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n<xliff/>\n"), null, "bomb.xlf:2: has a DOCTYPE declaration"),
        refused("an XLIFF given as the Russian text", "statement.xlf", utf8("<xliff version=\"1.2\"/>"), "--ru", "statement.xlf: is a bilingual file (XLIFF), not the text of one language"),
        refused("a TMX with no translation in it", "only-en.tmx", utf8("<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv xml:lang=\"en\"><seg>Hello.</seg></tuv></tu></body></tmx>"), null, "only-en.tmx: holds no Russian or Hebrew translation"),
        refused("a translation memory that is not TMX", "memory.tmx", utf8("<html><body>not a memory</body></html>"), "--memory", "memory.tmx: is XML but not TMX"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void isRefusedWithExitTwoNamingFileAndProblem(String what, BadFile file, String message) throws Exception {
    CommandLineRun.Result result = CommandLineRun.launch(file.args(dir).toArray(String[]::new));

    assertThat(result.exitCode()).as("%s: %s", what, result.errorOutput()).isEqualTo(2);
    assertThat(result.errorOutput()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
  }

  static Stream<Arguments> badArguments() {
    return Stream.of(
        Arguments.of("no input at all", List.of("check"), "nothing to check"),
        Arguments.of("a translation without English", List.of("check", "--ru", EN), "--ru and --he need --en"),
        Arguments.of("an unknown report format", List.of("check", "--en", EN, "--format", "pdf"), "--format"),
        Arguments.of("an unknown severity", List.of("check", "--en", EN, "--fail-on", "fatal"), "--fail-on"),
        Arguments.of("an unknown language code", List.of("check", "--no-detect", "--en", EN, "--languages", "ru,xx"), "unknown language code 'xx'"),
        Arguments.of("an unknown option", List.of("check", "--en", EN, "--frobnicate"), "Unknown option: '--frobnicate'"),
        Arguments.of("a folder that does not exist", List.of("check", "no/such/folder"), "no/such/folder: does not exist"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badArguments")
  void badArgumentsExitWithTwo(String what, List<String> args, String message) {
    CommandLineRun.Result result = CommandLineRun.launch(args.toArray(String[]::new));

    assertThat(result.exitCode()).as("%s: %s", what, result.errorOutput()).isEqualTo(2);
    assertThat(result.errorOutput()).contains(message).doesNotContain("\tat ");
  }

  static Stream<Arguments> oddButText() {
    return Stream.of(
        Arguments.of("bidi controls", "Министр \u202Eприбыл\u202C в Москву. Он встретился с президентом."),
        Arguments.of("zero-width characters", "Мини\u200Bстр прибыл в Мос\u200Dкву. Он встретился с\uFEFF президентом."),
        Arguments.of("a byte-order mark", "\uFEFFМинистр прибыл в Москву."),
        Arguments.of("CR LF line ends", "Министр прибыл в Москву.\r\n\r\nОн встретился с президентом.\r\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oddButText")
  void oddTextIsChecked(String what, String russian) throws Exception {
    Path file = dir.resolve("odd.ru.txt");
    Files.writeString(file, russian, StandardCharsets.UTF_8);

    CommandLineRun.Result result = CommandLineRun.launch("check", "--no-detect", "--en", EN, "--ru", file.toString(), "--fail-on", "never");

    assertThat(result.exitCode()).as(result.errorOutput()).isZero();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static byte[] truncated(byte[] bytes) {
    return java.util.Arrays.copyOf(bytes, bytes.length / 2);
  }
}
