package org.rosetta.bilingual;

import java.util.List;
import org.rosetta.text.Lang;

/**
 * A bilingual file's units, English and one translation.
 *
 * @param origin how messages name the file
 * @param name the document name reports use: the file name without its extension
 * @param target the translation's language
 */
public record BilingualFile(String origin, String name, Lang target, List<BilingualUnit> units) {
  public BilingualFile {
    units = List.copyOf(units);
  }
}
