package org.rosetta.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Real documents made from paragraphs, as a word processor saves them in their simplest form: a
 * DOCX with a heading style, bold runs and a hidden run; an ODT with a heading; an HTML page with a
 * title, a script and a style; Markdown; a PDF. The first paragraph becomes the heading.
 */
public final class TestDocuments {
  private TestDocuments() {}

  public static byte[] docx(List<String> paragraphs) {
    StringBuilder body = new StringBuilder();
    for (int k = 0; k < paragraphs.size(); k++) {
      String style = k == 0 ? "<w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>" : "";
      body.append("<w:p>").append(style).append("<w:r><w:t xml:space=\"preserve\">").append(xml(paragraphs.get(k))).append("</w:t></w:r>");
      if (k == 1) {
        body.append("<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden note to the translator</w:t></w:r>");
      }
      body.append("</w:p>");
    }
    return docxWithBody(body.toString());
  }

  /** A DOCX whose body is this WordprocessingML. */
  public static byte[] docxWithBody(String body) {
    return zip(
        false,
        "[Content_Types].xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>",
        "_rels/.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>",
        "word/document.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
            + body
            + "</w:body></w:document>");
  }

  /** An ODT whose content declares a DOCTYPE with an entity and uses it: how XML is attacked. */
  public static byte[] odtWithDoctype() {
    return zip(
        true,
        "mimetype",
        "application/vnd.oasis.opendocument.text",
        "content.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE office:document-content [<!ENTITY boom \"The minister arrived.\">]>"
            + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\"><office:body><office:text>"
            + "<text:p>&boom;</text:p></office:text></office:body></office:document-content>");
  }

  public static byte[] odt(List<String> paragraphs) {
    StringBuilder body = new StringBuilder();
    for (int k = 0; k < paragraphs.size(); k++) {
      String element = k == 0 ? "text:h text:outline-level=\"1\"" : "text:p";
      String end = k == 0 ? "text:h" : "text:p";
      body.append('<').append(element).append('>').append(xml(paragraphs.get(k))).append("</").append(end).append('>');
    }
    return zip(
        true,
        "mimetype",
        "application/vnd.oasis.opendocument.text",
        "META-INF/manifest.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
            + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
            + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>",
        "content.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\"><office:body><office:text>"
            + body
            + "</office:text></office:body></office:document-content>");
  }

  public static byte[] html(List<String> paragraphs, String lang) {
    StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\"").append(lang.equals("he") ? " dir=\"rtl\"" : "");
    page.append("><head><meta charset=\"utf-8\"><title>gov.il</title><script>var notText = 'not a sentence';</script><style>p { margin: 0 }</style></head><body>\n");
    for (int k = 0; k < paragraphs.size(); k++) {
      String tag = k == 0 ? "h1" : "p";
      page.append('<').append(tag).append('>').append(xml(paragraphs.get(k))).append("</").append(tag).append(">\n");
    }
    return page.append("</body></html>\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] markdown(List<String> paragraphs) {
    StringBuilder text = new StringBuilder("# ").append(paragraphs.get(0)).append("\n\n");
    paragraphs.subList(1, paragraphs.size()).forEach(p -> text.append(p).append("\n\n"));
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A PDF with one line of Helvetica per paragraph (ASCII text only), or a page without text. */
  public static byte[] pdf(List<String> lines) {
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      document.addPage(page);
      if (!lines.isEmpty()) {
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.beginText();
          content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
          content.newLineAtOffset(50, 700);
          for (String line : lines) {
            content.showText(line);
            content.newLineAtOffset(0, -30);
          }
          content.endText();
        }
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A Word file of 12 MB of zeros compressed into a few kilobytes: a ZIP bomb under the tests' 1 MB input limit. */
  public static byte[] zipBomb() {
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
        zip.putNextEntry(new ZipEntry("word/document.xml"));
        byte[] zeros = new byte[1024 * 1024];
        for (int k = 0; k < 12; k++) {
          zip.write(zeros);
        }
        zip.closeEntry();
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A ZIP package of name/content pairs; {@code storedFirst}: the first entry uncompressed (ODT's mimetype). */
  public static byte[] zip(boolean storedFirst, String... namesAndContents) {
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (int k = 0; k < namesAndContents.length; k += 2) {
        byte[] content = namesAndContents[k + 1].getBytes(StandardCharsets.UTF_8);
        ZipEntry entry = new ZipEntry(namesAndContents[k]);
        if (k == 0 && storedFirst) {
          CRC32 crc = new CRC32();
          crc.update(content);
          entry.setMethod(ZipEntry.STORED);
          entry.setSize(content.length);
          entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
      }
      zip.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
