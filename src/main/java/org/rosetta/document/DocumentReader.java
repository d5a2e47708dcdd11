package org.rosetta.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.html.HtmlFilter;
import net.sf.okapi.filters.markdown.MarkdownFilter;
import net.sf.okapi.filters.openoffice.OpenOfficeFilter;
import net.sf.okapi.filters.openxml.OpenXMLFilter;
import net.sf.okapi.filters.pdf.PdfFilter;
import org.rosetta.input.TextDecoder;
import org.rosetta.input.TextFiles;
import org.rosetta.text.Headings;
import org.rosetta.text.InputException;
import org.rosetta.text.Lang;
import org.rosetta.text.SourceText;

/**
 * Reads a statement from the file it arrives in, with the Okapi Framework's filters, the
 * translation industry's own: each text unit they report (a paragraph, heading, list item, table
 * cell or footnote, never a script, a style or Word's hidden text) becomes a paragraph of the
 * text, so a heading never runs into the next sentence. Plain text is decoded as it always was.
 */
public final class DocumentReader {
  /** A package that unpacks to this many times the input limit is refused before it is parsed. */
  private static final int UNPACKED_FACTOR = 10;

  private static final int MAX_ENTRIES = 10_000;
  private static final String DOCTYPE = "<!DOCTYPE";

  /** Okapi's unit type for an HTML page's {@code <title>}: the browser's tab, not the statement. */
  private static final String PAGE_TITLE = "title";

  /**
   * The text unit types Okapi gives headings: HTML's h1–h6 and ODF's text:h. Its Word and
   * Markdown filters do not say (a Word paragraph's style stays inside the filter): there a
   * heading is a paragraph of its own, not marked as a heading.
   */
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "x-text:h");

  private final TextDecoder decoder;

  public DocumentReader(TextDecoder decoder) {
    this.decoder = decoder;
  }

  /**
   * The text of a file, read as its name's extension says.
   *
   * @param origin how messages name the file
   * @param fileName the name whose extension gives the format
   * @throws InputException naming the file and what is wrong with it
   */
  public ExtractedText read(String origin, String fileName, byte[] bytes, Lang lang) {
    DocumentFormat format = DocumentFormat.of(fileName);
    if (format == DocumentFormat.TEXT) {
      return new ExtractedText(decoder.decode(origin, bytes), Optional.empty(), Headings.NONE);
    }
    decoder.checkSize(origin, bytes.length);
    if (bytes.length == 0) {
      throw new InputException(origin, "is empty");
    }
    format.contradiction(bytes).ifPresent(problem -> {
      throw new InputException(origin, problem);
    });
    List<Headings.Range> headings = new ArrayList<>();
    String text =
        switch (format) {
          case HTML, MARKDOWN -> units(origin, format, new RawDocument(decoder.decode(origin, bytes), locale(lang)), headings);
          case DOCX, ODT -> {
            checkUnpackedSize(origin, bytes);
            yield units(origin, format, new RawDocument(new ByteArrayInputStream(bytes), "UTF-8", locale(lang)), headings);
          }
          case PDF -> units(origin, format, new RawDocument(new ByteArrayInputStream(bytes), "UTF-8", locale(lang)), headings);
          case TEXT -> throw new IllegalStateException("plain text is decoded above");
        };
    if (text.isBlank()) {
      throw new InputException(
          origin, format == DocumentFormat.PDF ? "has no text layer (a scanned page?): Rosetta reads text, not images" : "has no text");
    }
    Optional<String> warning =
        format == DocumentFormat.PDF ? Optional.of("a PDF keeps no paragraphs or headings: its text is read line by line, and its layout is lost") : Optional.empty();
    return new ExtractedText(text, warning, new Headings(headings));
  }

  /**
   * A document file's text, read as its extension says; a warning about the extraction goes to
   * {@code warnings}, prefixed with the file.
   */
  public SourceText readFile(Lang lang, Path path, TextFiles files, Consumer<String> warnings) {
    return readBytes(lang, path.toString(), path.getFileName().toString(), files.readBytes(path), warnings);
  }

  /**
   * A document file's text from its bytes (a cluster reads them from its storage), as {@link
   * #readFile} reads it from a path.
   *
   * @param origin how messages name the file
   */
  public SourceText readBytes(Lang lang, String origin, String fileName, byte[] bytes, Consumer<String> warnings) {
    ExtractedText extracted = read(origin, fileName, bytes, lang);
    extracted.warning().ifPresent(warning -> warnings.accept(origin + ": " + warning));
    return extracted.source(lang, origin);
  }

  /** @param headings where the paragraphs the format marks as headings are put */
  private static String units(String origin, DocumentFormat format, RawDocument raw, List<Headings.Range> headings) {
    StringBuilder text = new StringBuilder();
    OkapiFilters.forEachUnit(
        origin,
        format.description(),
        filter(format),
        raw,
        unit -> {
          if (!unit.isTranslatable() || PAGE_TITLE.equals(unit.getType())) {
            return;
          }
          String paragraph = unit.getSource().getUnSegmentedContentCopy().getText().strip();
          if (!paragraph.isEmpty()) {
            if (text.length() > 0) {
              text.append("\n\n");
            }
            if (unit.getType() != null && HEADINGS.contains(unit.getType())) {
              headings.add(new Headings.Range(text.length(), text.length() + paragraph.length()));
            }
            text.append(paragraph);
          }
        });
    return text.toString();
  }

  private static IFilter filter(DocumentFormat format) {
    return switch (format) {
      case DOCX -> new OpenXMLFilter();
      case ODT -> new OpenOfficeFilter();
      case HTML -> new HtmlFilter();
      case MARKDOWN -> new MarkdownFilter();
      case PDF -> new PdfFilter();
      case TEXT -> throw new IllegalArgumentException("plain text needs no filter");
    };
  }

  /**
   * A ZIP bomb (a few kilobytes that unpack to gigabytes) is refused by counting what it unpacks
   * to, up to ten times the input limit and never more than a quarter of the heap, since Okapi
   * then parses all of it (a 20 MB DOCX may unpack to 200 MB; the service's heap is 192 MB). A
   * DOCTYPE in any of its XML parts is refused too: DTDs and entities are how XML is attacked.
   */
  private void checkUnpackedSize(String origin, byte[] bytes) {
    long limit = unpackedLimit(decoder.maxBytes(), Runtime.getRuntime().maxMemory());
    long unpacked = 0;
    int entries = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (++entries > MAX_ENTRIES) {
          throw new InputException(origin, "holds more than " + MAX_ENTRIES + " files: not a document Rosetta reads");
        }
        String tail = "";
        boolean xml = isXml(entry.getName());
        for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
          unpacked += n;
          if (unpacked > limit) {
            throw new InputException(origin, "unpacks to more than " + limit / (1024 * 1024) + " MB (a ZIP bomb?): refused");
          }
          if (xml) {
            String window = tail + withoutNuls(buffer, n).toUpperCase(Locale.ROOT);
            if (window.contains(DOCTYPE)) {
              throw new InputException(origin, "holds a DOCTYPE declaration in " + entry.getName() + ": DTDs and external entities are not allowed");
            }
            tail = window.substring(Math.max(0, window.length() - DOCTYPE.length()));
          }
        }
      }
    } catch (IOException e) {
      throw new InputException(origin, "is a damaged ZIP package: " + e.getMessage(), e);
    }
    if (entries == 0) {
      throw new InputException(origin, "is an empty or damaged ZIP package");
    }
  }

  /**
   * The bytes as Latin-1 characters without NULs, so that a part written in UTF-16 (each ASCII
   * letter beside a zero byte) shows its DOCTYPE as one in UTF-8 does.
   */
  private static String withoutNuls(byte[] buffer, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      if (buffer[i] != 0) {
        out.append((char) (buffer[i] & 0xFF));
      }
    }
    return out.toString();
  }

  /** Ten times the input limit, at most a quarter of the heap. */
  static long unpackedLimit(long maxInputBytes, long maxHeap) {
    return Math.min(maxInputBytes * UNPACKED_FACTOR, maxHeap / 4);
  }

  private static boolean isXml(String entryName) {
    String name = entryName.toLowerCase(Locale.ROOT);
    return name.endsWith(".xml") || name.endsWith(".rels");
  }

  private static LocaleId locale(Lang lang) {
    return LocaleId.fromString(lang.code());
  }
}
