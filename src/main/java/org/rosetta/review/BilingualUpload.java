package org.rosetta.review;

import java.util.List;
import org.rosetta.bilingual.BilingualFile;

/**
 * A CAT tool's bilingual file sent to be checked unit by unit, already read, so that a bad file is
 * refused by its field before anything is checked or stored.
 *
 * @param fileName the name it was sent as; its extension tells the format
 * @param content the bytes as sent, kept so the file can go back with notes
 * @param translations what it holds, one per target language
 */
public record BilingualUpload(String fileName, byte[] content, List<BilingualFile> translations) {
  public BilingualUpload {
    translations = List.copyOf(translations);
    if (translations.isEmpty()) {
      throw new IllegalArgumentException(fileName + " holds no translation");
    }
  }
}
