package org.rosetta.bilingual;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.rosetta.document.DocumentFormat;

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
    return Arrays.stream(values()).filter(f -> DocumentFormat.hasExtension(fileName, f.extensions)).findFirst();
  }
}
