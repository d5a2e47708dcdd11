package org.rosetta.document;

import java.util.Optional;
import org.rosetta.text.Lang;

/**
 * {@code NAME.LANG.EXT}: a document's name, a language code and an extension Rosetta reads, as
 * {@code translations/} and {@code make_documents.py} name an archive's files.
 */
public record NamedFile(String name, Lang lang) {
  /** What a file's name says, or nothing when it is not so named. */
  public static Optional<NamedFile> of(String fileName) {
    if (DocumentFormat.byExtension(fileName).isEmpty()) {
      return Optional.empty();
    }
    String stem = fileName.substring(0, fileName.lastIndexOf('.'));
    int dot = stem.lastIndexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    String code = stem.substring(dot + 1);
    for (Lang lang : Lang.values()) {
      if (lang.code().equals(code)) {
        return Optional.of(new NamedFile(stem.substring(0, dot), lang));
      }
    }
    return Optional.empty();
  }
}
