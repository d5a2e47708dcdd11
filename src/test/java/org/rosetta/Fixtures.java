package org.rosetta;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.rosetta.terminology.Glossary;
import org.rosetta.terminology.GlossaryReader;
import org.rosetta.text.DocumentInput;
import org.rosetta.text.Lang;
import org.rosetta.text.SourceText;

/** The repository's seed statement, its translations and glossary, as tests use them. */
public final class Fixtures {
  public static final Path TRANSLATIONS = Path.of("translations");
  public static final String SEED = "eventputin301115";

  private Fixtures() {}

  public static Path file(Lang lang) {
    return TRANSLATIONS.resolve(SEED + "." + lang.code() + ".txt");
  }

  public static String text(Lang lang) {
    return read(file(lang));
  }

  public static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Glossary glossary() {
    Path csv = Path.of("glossaries/diplomacy.csv");
    return GlossaryReader.read(csv.toString(), read(csv));
  }

  /** The seed document, with any text replaced by the given one. */
  public static DocumentInput seed(Map<Lang, String> replaced) {
    Map<Lang, SourceText> texts = new EnumMap<>(Lang.class);
    for (Lang lang : Lang.values()) {
      texts.put(lang, new SourceText(lang, file(lang).toString(), replaced.getOrDefault(lang, text(lang))));
    }
    return new DocumentInput(SEED, texts);
  }

  public static DocumentInput seed() {
    return seed(Map.of());
  }
}
