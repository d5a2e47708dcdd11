package org.rosetta.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rosetta.Fixtures;
import org.rosetta.input.TextDecoder;
import org.rosetta.text.Headings;
import org.rosetta.text.InputException;
import org.rosetta.text.Lang;

public class DocumentReaderTest {
  private static final DocumentReader READER = new DocumentReader(new TextDecoder(1024 * 1024));

  /** The seed's paragraphs, as a translator's word processor would hold them. */
  public static List<String> paragraphs(Lang lang) {
    return Arrays.stream(Fixtures.text(lang).split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
  }

  private static String read(String fileName, byte[] bytes, Lang lang) {
    return READER.read(fileName, fileName, bytes, lang).text();
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void everyFormatGivesTheSeedsParagraphs(Lang lang) {
    String expected = String.join("\n\n", paragraphs(lang));

    assertThat(read("s.docx", TestDocuments.docx(paragraphs(lang)), lang)).isEqualTo(expected);
    assertThat(read("s.odt", TestDocuments.odt(paragraphs(lang)), lang)).isEqualTo(expected);
    assertThat(read("s.html", TestDocuments.html(paragraphs(lang), lang.code()), lang)).isEqualTo(expected);
    assertThat(read("s.md", TestDocuments.markdown(paragraphs(lang)), lang)).isEqualTo(expected);
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void htmlAndOdtHeadingsAreMarkedWhereTheirFiltersSayThem(Lang lang) {
    String heading = paragraphs(lang).get(0);
    Headings expected = new Headings(List.of(new Headings.Range(0, heading.length())));

    assertThat(READER.read("s.html", "s.html", TestDocuments.html(paragraphs(lang), lang.code()), lang).headings()).isEqualTo(expected);
    assertThat(READER.read("s.odt", "s.odt", TestDocuments.odt(paragraphs(lang)), lang).headings()).isEqualTo(expected);
    // Okapi's Word and Markdown filters do not say which paragraph is a heading.
    assertThat(READER.read("s.docx", "s.docx", TestDocuments.docx(paragraphs(lang)), lang).headings()).isEqualTo(Headings.NONE);
    assertThat(READER.read("s.txt", "s.txt", Fixtures.text(lang).getBytes(StandardCharsets.UTF_8), lang).headings()).isEqualTo(Headings.NONE);
  }

  @Test
  void scriptsStylesPageTitlesAndHiddenTextAreNotText() {
    String html = read("s.html", TestDocuments.html(paragraphs(Lang.EN), "en"), Lang.EN);
    String docx = read("s.docx", TestDocuments.docx(paragraphs(Lang.EN)), Lang.EN);

    assertThat(html).doesNotContain("not a sentence").doesNotContain("margin").doesNotContain("gov.il\n");
    assertThat(docx).doesNotContain("hidden note");
  }

  @Test
  void aPdfIsReadWithAWarningThatItsLayoutIsLost() {
    List<String> lines = List.of("Prime Minister Netanyahu met President Putin in Paris.", "We are satisfied with the progress of bilateral relations.");

    ExtractedText text = READER.read("s.pdf", "s.pdf", TestDocuments.pdf(lines), Lang.EN);

    assertThat(text.text()).contains("Prime Minister Netanyahu met President Putin in Paris.").contains("bilateral relations.");
    assertThat(text.warning()).hasValueSatisfying(w -> assertThat(w).contains("layout is lost"));
  }

  @Test
  void plainTextIsDecodedAsBefore() {
    assertThat(read("s.txt", "Привет.".getBytes(StandardCharsets.UTF_8), Lang.RU)).isEqualTo("Привет.");
    assertThat(read("no-extension", "Hello.".getBytes(StandardCharsets.UTF_8), Lang.EN)).isEqualTo("Hello.");
  }

  @Test
  void badFilesAreNamedWithWhatIsWrong() {
    assertRefused("scan.pdf", TestDocuments.pdf(List.of()), "scan.pdf: has no text layer (a scanned page?)");
    assertRefused("lies.docx", "plain text, not Word".getBytes(StandardCharsets.UTF_8), "lies.docx: is not a Word document (DOCX): its content is not a ZIP package");
    assertRefused("lies.pdf", "plain text".getBytes(StandardCharsets.UTF_8), "lies.pdf: is not a PDF");
    byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
    assertRefused("secret.docx", ole2, "secret.docx: is password-protected or an old binary Office file");
    byte[] truncated = Arrays.copyOf(TestDocuments.docx(paragraphs(Lang.EN)), 300);
    assertRefused("cut.docx", truncated, "cut.docx: ");
    assertRefused("empty.odt", new byte[0], "empty.odt: is empty");
    assertRefused("notes.docx", TestDocuments.zip(false, "notes.txt", "a ZIP, but not a Word document"), "notes.docx: could not be read as a Word document (DOCX)");
    assertRefused("entity.odt", TestDocuments.odtWithDoctype(), "entity.odt: holds a DOCTYPE declaration in content.xml");
    assertRefused(
        "entity.docx",
        TestDocuments.zip(false, "word/document.xml", "<?xml version=\"1.0\"?><!doctype w:document SYSTEM \"file:///etc/passwd\"><w:document/>"),
        "entity.docx: holds a DOCTYPE declaration in word/document.xml");
  }

  @Test
  void whatAZipMayUnpackToIsBoundByTheHeap() {
    assertThat(DocumentReader.unpackedLimit(20L << 20, 192L << 20)).isEqualTo(48L << 20);
    assertThat(DocumentReader.unpackedLimit(20L << 20, 1L << 30)).isEqualTo(200L << 20);
  }

  @Test
  void deeplyNestedXmlIsRefusedByTheParsersLimit() {
    StringBuilder body = new StringBuilder("<w:p><w:r><w:t>Nested deep inside content controls.</w:t></w:r></w:p>");
    for (int k = 0; k < 5000; k++) {
      body.insert(0, "<w:sdt><w:sdtContent>").append("</w:sdtContent></w:sdt>");
    }

    assertRefused("deep.docx", TestDocuments.docxWithBody(body.toString()), "deep.docx: could not be read as a Word document (DOCX): Maximum Element Depth limit");
  }

  @Test
  void aZipBombIsRefusedBeforeItIsParsed() throws Exception {
    byte[] bomb = TestDocuments.zipBomb();
    assertThat(bomb.length).isLessThan(100_000);

    assertRefused("bomb.docx", bomb, "bomb.docx: unpacks to more than 10 MB (a ZIP bomb?)");
  }

  private static void assertRefused(String fileName, byte[] bytes, String message) {
    assertThatThrownBy(() -> READER.read(fileName, fileName, bytes, Lang.EN)).isInstanceOf(InputException.class).hasMessageStartingWith(message);
  }
}
