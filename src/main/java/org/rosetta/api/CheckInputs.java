package org.rosetta.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;
import org.rosetta.bilingual.BilingualFormat;
import org.rosetta.bilingual.BilingualReader;
import org.rosetta.document.DocumentFormat;
import org.rosetta.document.DocumentReader;
import org.rosetta.input.TextDecoder;
import org.rosetta.library.GlossaryService;
import org.rosetta.review.BilingualUpload;
import org.rosetta.review.NewCheck;
import org.rosetta.setup.EngineProvider;
import org.rosetta.text.InputException;
import org.rosetta.text.Lang;
import org.rosetta.text.SourceText;

/**
 * Turns a JSON body or a multipart form into a {@link NewCheck}: every text decoded, sized and
 * parsed here, so that a bad field is reported by name before anything is checked or stored.
 */
@ApplicationScoped
public class CheckInputs {
  /** The form field of a bilingual file (XLIFF, TMX, PO) checked unit by unit. */
  static final String BILINGUAL = "bilingual";

  private final TextDecoder decoder;
  private final DocumentReader documents;
  private final GlossaryService glossaries;
  private final BilingualReader bilingualReader;

  /*
   * A check's fields follow the same rules, in the same words, whether they come as JSON
   * (CheckRequest's constraints) or as a form (fromForm).
   */
  static final int MAX_NAME = 200;
  static final String NAME_TOO_LONG = "is longer than 200 characters";
  static final String NO_ENGLISH = "the English text is missing or empty";
  static final String TWO_GLOSSARIES = "give either a glossary or a stored glossary's id (glossaryId), not both";

  public CheckInputs(EngineProvider engines, GlossaryService glossaries) {
    this.decoder = engines.decoder();
    this.documents = new DocumentReader(decoder);
    this.bilingualReader = new BilingualReader(decoder);
    this.glossaries = glossaries;
  }

  public NewCheck fromJson(CheckRequest body) {
    Map<Lang, SourceText> texts = new EnumMap<>(Lang.class);
    texts.put(Lang.EN, new SourceText(Lang.EN, "en", sized("en", body.en())));
    putIfPresent(texts, Lang.RU, body.ru());
    putIfPresent(texts, Lang.HE, body.he());
    if (body.glossary() != null && !body.glossary().isBlank()) {
      if (body.glossaryId() != null) {
        throw new FieldProblem("glossaryId", TWO_GLOSSARIES);
      }
      String format = body.glossaryFormat() == null ? "" : "." + body.glossaryFormat();
      String name = "glossary" + format;
      parsed("glossary", name, sized("glossary", body.glossary()));
      return new NewCheck(nameOf(body), texts, null, name, body.glossary());
    }
    return new NewCheck(nameOf(body), texts, body.glossaryId(), null, null);
  }

  private static String nameOf(CheckRequest body) {
    return body.name() == null || body.name().isBlank() ? CheckNames.firstWords(body.en()) : body.name().strip();
  }

  public NewCheck fromForm(MultipartFormDataInput form) {
    Map<String, Collection<FormValue>> values = form.getValues();
    BilingualUpload bilingual = bilingual(single(values, BILINGUAL));
    Map<Lang, SourceText> texts = new EnumMap<>(Lang.class);
    for (Lang lang : Lang.values()) {
      FormValue value = single(values, lang.code());
      if (value != null) {
        SourceText text = readDocument(lang, value);
        if (!text.content().isBlank()) {
          texts.put(lang, text);
        }
      }
    }
    if (bilingual != null && !texts.isEmpty()) {
      throw new FieldProblem(BILINGUAL, "give either a bilingual file or texts (en, ru, he), not both");
    }
    if (bilingual == null && !texts.containsKey(Lang.EN)) {
      throw new FieldProblem("en", NO_ENGLISH);
    }
    String name = text(values, "name");
    if (name == null || name.isBlank()) {
      name = bilingual == null ? CheckNames.of(fileName(single(values, "en")), texts.get(Lang.EN).content()) : bilingual.translations().get(0).name();
    }
    if (name.length() > MAX_NAME) {
      throw new FieldProblem("name", NAME_TOO_LONG);
    }
    String glossaryId = text(values, "glossaryId");
    FormValue glossary = single(values, "glossary");
    String glossaryText = glossary == null ? null : read("glossary", glossary);
    if (glossaryText != null && !glossaryText.isBlank()) {
      if (glossaryId != null && !glossaryId.isBlank()) {
        throw new FieldProblem("glossaryId", TWO_GLOSSARIES);
      }
      String fileName = glossary.isFileItem() && glossary.getFileName() != null ? glossary.getFileName() : "glossary";
      parsed("glossary", fileName, glossaryText);
      return new NewCheck(name, texts, null, fileName, glossaryText, bilingual);
    }
    return new NewCheck(name, texts, glossaryId == null || glossaryId.isBlank() ? null : id("glossaryId", glossaryId), null, null, bilingual);
  }

  /** The uploaded bilingual file read, or null when none was sent. */
  private BilingualUpload bilingual(FormValue value) {
    if (value == null || (!value.isFileItem() && value.getValue().isBlank())) {
      return null;
    }
    String fileName = value.getFileName();
    if (!value.isFileItem() || fileName == null || !BilingualReader.isBilingual(fileName)) {
      throw new FieldProblem(BILINGUAL, "must be an uploaded .xlf, .xliff, .tmx or .po file");
    }
    return readFile(BILINGUAL, value, bytes -> new BilingualUpload(fileName, bytes, bilingualReader.read(describe(BILINGUAL, value), fileName, bytes)));
  }

  /** Reads an uploaded glossary for {@code POST /api/glossaries}. */
  public String glossaryFile(MultipartFormDataInput form) {
    return uploadedFile(form, "glossary");
  }

  /**
   * Reads the form field {@code file} of an upload.
   *
   * @param what what the file is, for messages: "glossary", "memory"
   */
  public String uploadedFile(MultipartFormDataInput form, String what) {
    FormValue file = single(form.getValues(), "file");
    if (file == null) {
      throw new FieldProblem("file", "no " + what + " file was uploaded (form field 'file')");
    }
    String text = read("file", file);
    if (text.isBlank()) {
      throw new FieldProblem("file", "the " + what + " is empty");
    }
    return text;
  }

  /** An uploaded file's bytes as sent (an archive), within the size limit, from the form field {@code file}. */
  public byte[] uploadedBytes(MultipartFormDataInput form, String what) {
    FormValue file = single(form.getValues(), "file");
    if (file == null || !file.isFileItem()) {
      throw new FieldProblem("file", "no " + what + " file was uploaded (form field 'file')");
    }
    byte[] bytes = readFile("file", file, b -> b);
    if (bytes.length == 0) {
      throw new FieldProblem("file", "the " + what + " is empty");
    }
    return bytes;
  }

  public String fileName(MultipartFormDataInput form, String field) {
    FormValue value = single(form.getValues(), field);
    return value != null && value.isFileItem() && value.getFileName() != null ? value.getFileName() : null;
  }

  private void putIfPresent(Map<Lang, SourceText> texts, Lang lang, String text) {
    if (text != null && !text.isBlank()) {
      texts.put(lang, new SourceText(lang, lang.code(), sized(lang.code(), text)));
    }
  }

  private String sized(String field, String text) {
    checkSize(field, text.getBytes(StandardCharsets.UTF_8).length);
    int nul = text.indexOf('\u0000');
    if (nul >= 0) {
      // An uploaded file with a NUL byte is refused as binary; a text sent as a field is held to the same.
      int line = (int) text.substring(0, nul).chars().filter(c -> c == '\n').count() + 1;
      throw new FieldProblem(field, "contains a NUL character on line " + line + "; this is not plain text");
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** The decoder's size limit, answered with 413 rather than as a bad field. */
  private void checkSize(String field, long bytes) {
    try {
      decoder.checkSize(field, bytes);
    } catch (InputException e) {
      throw new FieldProblem(field, e.getMessage(), 413);
    }
  }

  private String read(String field, FormValue value) {
    // An empty plain upload is empty text, for the caller to judge (English is required, the others not).
    return read(field, value, bytes -> bytes.length == 0 ? "" : decoder.decode(describe(field, value), bytes));
  }

  /** A text field, or an uploaded document in any format Rosetta reads (DOCX, ODT, HTML, Markdown, PDF, plain text). */
  private SourceText readDocument(Lang lang, FormValue value) {
    String field = lang.code();
    String fileName = value.getFileName();
    if (fileName != null) {
      BilingualFormat.refuseAsText(field, fileName, "upload it as the field " + BILINGUAL);
    }
    if (fileName == null || DocumentFormat.of(fileName) == DocumentFormat.TEXT) {
      return new SourceText(lang, field, read(field, value));
    }
    return readFile(field, value, bytes -> documents.read(describe(field, value), fileName, bytes, lang)).source(lang, field);
  }

  /** A text field as sent, or an uploaded file's bytes read as {@code decode} says. */
  private String read(String field, FormValue value, Function<byte[], String> decode) {
    if (!value.isFileItem()) {
      return sized(field, value.getValue());
    }
    return readFile(field, value, decode);
  }

  /** An uploaded file's bytes, within the size limit, turned into what {@code decode} says. */
  private <T> T readFile(String field, FormValue value, Function<byte[], T> decode) {
    try {
      checkSize(field, value.getFileItem().getFileSize());
      byte[] bytes;
      try (InputStream in = value.getFileItem().getInputStream()) {
        bytes = in.readAllBytes();
      }
      return decode.apply(bytes);
    } catch (InputException e) {
      throw new FieldProblem(field, e.getMessage());
    } catch (IOException e) {
      throw new FieldProblem(field, "the upload could not be read: " + e.getMessage());
    }
  }

  /** Parses the glossary now, so a bad one is reported by field; the parsed form is kept for the check. */
  private void parsed(String field, String fileName, String content) {
    try {
      glossaries.inlineMatcher(fileName, content);
    } catch (InputException e) {
      throw new FieldProblem(field, e.getMessage());
    }
  }

  private static String describe(String field, FormValue value) {
    return value.getFileName() == null ? field : field + " (" + value.getFileName() + ")";
  }

  private static FormValue single(Map<String, Collection<FormValue>> values, String field) {
    Collection<FormValue> all = values.get(field);
    if (all == null || all.isEmpty()) {
      return null;
    }
    if (all.size() > 1) {
      throw new FieldProblem(field, "was sent " + all.size() + " times; send it once");
    }
    return all.iterator().next();
  }

  private String text(Map<String, Collection<FormValue>> values, String field) {
    FormValue value = single(values, field);
    return value == null ? null : read(field, value).strip();
  }

  private static long id(String field, String value) {
    try {
      long id = Long.parseLong(value.strip());
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new FieldProblem(field, "must be a positive number, not '" + value + "'");
  }

  private static String fileName(FormValue value) {
    return value != null && value.isFileItem() ? value.getFileName() : null;
  }
}
