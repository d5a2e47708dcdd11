package org.rosetta.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.rosetta.text.InputException;
import org.rosetta.text.Lang;

/**
 * The files of one document: {@code NAME.en.txt} with the {@code NAME.ru.txt} and {@code
 * NAME.he.txt} beside it, as {@code translations/} and {@code make_documents.py} lay them out.
 */
record DocumentFiles(String name, Map<Lang, Path> files) {
  static final String ENGLISH_SUFFIX = ".en.txt";

  /** Every document in a folder, by name; a folder without any is an input error. */
  static List<DocumentFiles> inFolder(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new InputException(folder.toString(), Files.exists(folder) ? "is not a folder" : "does not exist");
    }
    List<DocumentFiles> documents = new ArrayList<>();
    try (Stream<Path> entries = Files.list(folder)) {
      for (Path en : entries.filter(p -> p.getFileName().toString().endsWith(ENGLISH_SUFFIX)).sorted().toList()) {
        String file = en.getFileName().toString();
        String name = file.substring(0, file.length() - ENGLISH_SUFFIX.length());
        Map<Lang, Path> files = new EnumMap<>(Lang.class);
        files.put(Lang.EN, en);
        for (Lang target : Lang.targets()) {
          Path path = folder.resolve(name + "." + target.code() + ".txt");
          if (Files.exists(path)) {
            files.put(target, path);
          }
        }
        documents.add(new DocumentFiles(name, files));
      }
    } catch (IOException e) {
      throw new InputException(folder.toString(), "cannot be listed: " + e.getMessage(), e);
    }
    if (documents.isEmpty()) {
      throw new InputException(folder.toString(), "contains no documents (files named NAME.en.txt)");
    }
    return documents;
  }

  /** Reads the document's texts: English and those of {@code wanted} that exist. */
  org.rosetta.text.DocumentInput read(org.rosetta.text.TextFiles reader, java.util.Collection<Lang> wanted) {
    Map<Lang, org.rosetta.text.SourceText> texts = new EnumMap<>(Lang.class);
    files.forEach(
        (lang, path) -> {
          if (lang == Lang.EN || wanted.contains(lang)) {
            texts.put(lang, reader.readText(lang, path));
          }
        });
    return new org.rosetta.text.DocumentInput(name, texts);
  }

  /** A document given file by file; its name is the English file's name without extensions. */
  static DocumentFiles of(Path en, Path ru, Path he) {
    Map<Lang, Path> files = new EnumMap<>(Lang.class);
    files.put(Lang.EN, en);
    if (ru != null) {
      files.put(Lang.RU, ru);
    }
    if (he != null) {
      files.put(Lang.HE, he);
    }
    String file = en.getFileName().toString();
    String name = file.endsWith(ENGLISH_SUFFIX) ? file.substring(0, file.length() - ENGLISH_SUFFIX.length()) : file.replaceFirst("\\.[^.]*$", "");
    return new DocumentFiles(name, files);
  }
}
