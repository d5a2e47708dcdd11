package org.rosetta.document;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a statement arrives in, known by their extension and checked by their first
 * bytes, so that a file whose extension lies gets a message rather than a parser's exception.
 */
public enum DocumentFormat {
  TEXT("plain text", List.of("txt")),
  DOCX("a Word document (DOCX)", List.of("docx")),
  ODT("an OpenDocument text (ODT)", List.of("odt")),
  HTML("a web page (HTML)", List.of("html", "htm", "xhtml")),
  MARKDOWN("Markdown", List.of("md", "markdown")),
  PDF("a PDF", List.of("pdf"));

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] PDF_START = {'%', 'P', 'D', 'F', '-'};
  /** Office's encrypted packages (and old .doc files) are OLE2 compound files. */
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

  private final String description;
  private final List<String> extensions;

  DocumentFormat(String description, List<String> extensions) {
    this.description = description;
    this.extensions = extensions;
  }

  public String description() {
    return description;
  }

  public List<String> extensions() {
    return extensions;
  }

  /** The format a file name's extension names; plain text for a name without a known one. */
  public static DocumentFormat of(String fileName) {
    return byExtension(fileName).orElse(TEXT);
  }

  public static Optional<DocumentFormat> byExtension(String fileName) {
    return Arrays.stream(values()).filter(f -> hasExtension(fileName, f.extensions)).findFirst();
  }

  /** Whether the file name ends in one of the extensions (given without the dot), in any case. */
  public static boolean hasExtension(String fileName, List<String> extensions) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return extensions.stream().anyMatch(extension -> lower.endsWith("." + extension));
  }

  /** Every extension Rosetta reads, for messages and folder listings. */
  public static List<String> allExtensions() {
    return Arrays.stream(values()).flatMap(f -> f.extensions.stream()).toList();
  }

  /** Why these bytes are not this format, or empty when they may be. */
  Optional<String> contradiction(byte[] bytes) {
    return switch (this) {
      case DOCX, ODT -> {
        if (startsWith(bytes, OLE2)) {
          yield Optional.of("is password-protected or an old binary Office file, not " + description + "; save it unprotected as .docx or .odt");
        }
        yield startsWith(bytes, ZIP) ? Optional.empty() : Optional.of("is not " + description + ": its content is not a ZIP package");
      }
      case PDF -> startsWith(bytes, PDF_START) ? Optional.empty() : Optional.of("is not a PDF: it does not start with %PDF-");
      case TEXT, HTML, MARKDOWN -> Optional.empty();
    };
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
