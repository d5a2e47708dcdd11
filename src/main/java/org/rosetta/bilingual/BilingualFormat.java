package org.rosetta.bilingual;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The bilingual files of CAT tools that Rosetta checks unit by unit, known by their extension. */
public enum BilingualFormat {
  XLIFF("XLIFF", List.of("xlf", "xliff")),
  TMX("TMX", List.of("tmx")),
  PO("PO", List.of("po"));

  private final String description;
  private final List<String> extensions;

  BilingualFormat(String description, List<String> extensions) {
    this.description = description;
    this.extensions = extensions;
  }

  public String description() {
    return description;
  }

  public static Optional<BilingualFormat> of(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (BilingualFormat format : values()) {
      for (String extension : format.extensions) {
        if (lower.endsWith("." + extension)) {
          return Optional.of(format);
        }
      }
    }
    return Optional.empty();
  }
}
