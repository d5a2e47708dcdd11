package org.rosetta.memory;

import java.util.Locale;
import java.util.Optional;
import org.rosetta.text.Lang;

/** Language codes as memories write them: "ru", "ru-RU", "EN_us", "he-IL" (and the old "iw"). */
final class MemoryLanguages {
  private MemoryLanguages() {}

  static Optional<Lang> of(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String primary = code.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    return Lang.find("iw".equals(primary) ? "he" : primary);
  }
}
