package org.rosetta.bilingual;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.rosetta.document.DocumentFormat;
import org.rosetta.text.InputException;

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

  /**
   * Refuses a bilingual file given as the text of one language: read as text, its markup would be
   * aligned as sentences and the check would pass on nothing.
   *
   * @param how how to give it instead, for the message
   * @throws InputException when {@code fileName} is a bilingual file
   */
  public static void refuseAsText(String origin, String fileName, String how) {
    of(fileName).ifPresent(format -> {
      throw new InputException(origin, "is a bilingual file (" + format.description() + "), not the text of one language: " + how);
    });
  }
}
