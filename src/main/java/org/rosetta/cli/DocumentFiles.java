package org.rosetta.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.rosetta.bilingual.BilingualFormat;
import org.rosetta.document.ArchiveIndex;
import org.rosetta.document.DocumentFormat;
import org.rosetta.document.DocumentReader;
import org.rosetta.document.NamedFile;
import org.rosetta.input.TextFiles;
import org.rosetta.text.DocumentInput;
import org.rosetta.text.InputException;
import org.rosetta.text.Lang;
import org.rosetta.text.SourceText;

/**
 * The files of one document: {@code NAME.en.EXT} with the {@code NAME.ru.EXT} and {@code
 * NAME.he.EXT} beside it, as {@code translations/} and {@code make_documents.py} lay them out; each
 * may be any format Rosetta reads ({@code .txt}, {@code .docx}, {@code .odt}, {@code .html},
 * {@code .md}, {@code .pdf}), so an English Word file can sit beside a Russian web page.
 */
record DocumentFiles(String name, Map<Lang, Path> files) {

  /** Every document in a folder, by name; a folder without any is an input error. */
  static List<DocumentFiles> inFolder(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new InputException(folder.toString(), Files.exists(folder) ? "is not a folder" : "does not exist");
    }
    Map<String, Map<Lang, Path>> byName = new TreeMap<>();
    try (Stream<Path> entries = Files.list(folder)) {
      for (Path file : entries.sorted().toList()) {
        Optional<NamedFile> named = NamedFile.of(file.getFileName().toString());
        if (named.isEmpty()) {
          continue;
        }
        Map<Lang, Path> files = byName.computeIfAbsent(named.get().name(), n -> new EnumMap<>(Lang.class));
        Path earlier = files.putIfAbsent(named.get().lang(), file);
        if (earlier != null) {
          throw new InputException(
              folder.toString(),
              "has two " + named.get().lang().code() + " files for '" + named.get().name() + "' (" + earlier.getFileName() + ", " + file.getFileName() + "); keep one");
        }
      }
    } catch (IOException e) {
      throw new InputException(folder.toString(), "cannot be listed: " + e.getMessage(), e);
    }
    List<DocumentFiles> documents = new ArrayList<>();
    byName.forEach(
        (name, files) -> {
          if (files.containsKey(Lang.EN)) {
            documents.add(new DocumentFiles(name, files));
          }
        });
    if (documents.isEmpty()) {
      throw new InputException(
          folder.toString(), "contains no documents (files named NAME.en.EXT, EXT one of " + String.join(", ", DocumentFormat.allExtensions()) + ")");
    }
    return documents;
  }

  /** The documents of an archive, and the files of it that pair with no English file. */
  record Archive(List<DocumentFiles> documents, List<Path> unpaired) {}

  /**
   * Every document in a folder and the folders below it: a document's files are beside each other,
   * and its name is its path from the folder without language and extension ({@code
   * 2019/statement-12}), so the same name in two years stays two documents.
   */
  static Archive inTree(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new InputException(folder.toString(), Files.exists(folder) ? "is not a folder" : "does not exist");
    }
    List<String> files;
    try (Stream<Path> entries = Files.walk(folder)) {
      files = entries.filter(Files::isRegularFile).sorted().map(file -> folder.relativize(file).toString().replace('\\', '/')).toList();
    } catch (IOException | UncheckedIOException e) {
      throw new InputException(folder.toString(), "cannot be listed: " + e.getMessage(), e);
    }
    ArchiveIndex.Archive archive = ArchiveIndex.of(folder.toString(), files);
    List<DocumentFiles> documents = new ArrayList<>();
    for (ArchiveIndex.Document document : archive.documents()) {
      Map<Lang, Path> paths = new EnumMap<>(Lang.class);
      document.files().forEach((lang, file) -> paths.put(lang, folder.resolve(file)));
      documents.add(new DocumentFiles(document.name(), paths));
    }
    return new Archive(documents, archive.unpaired().stream().map(folder::resolve).toList());
  }

  /**
   * Reads a document's file with {@link DocumentReader}; a warning about a file (a PDF's lost
   * layout) goes to {@code err}.
   */
  static BiFunction<Lang, Path, SourceText> reader(TextFiles files, PrintWriter err) {
    DocumentReader documents = new DocumentReader(files.decoder());
    return (lang, path) -> {
      BilingualFormat.refuseAsText(path.toString(), path.getFileName().toString(), "check it by itself, rosetta check " + path.getFileName());
      return documents.readFile(
          lang,
          path,
          files,
          warning -> {
            err.println("rosetta: warning: " + warning);
            err.flush();
          });
    };
  }

  /** Reads the document's texts: English and those of {@code wanted} that exist. */
  DocumentInput read(BiFunction<Lang, Path, SourceText> reader, Collection<Lang> wanted) {
    Map<Lang, SourceText> texts = new EnumMap<>(Lang.class);
    files.forEach(
        (lang, path) -> {
          if (lang == Lang.EN || wanted.contains(lang)) {
            texts.put(lang, reader.apply(lang, path));
          }
        });
    return new DocumentInput(name, texts);
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
    String name = NamedFile.of(en.getFileName().toString()).map(NamedFile::name).orElseGet(() -> en.getFileName().toString().replaceFirst("\\.[^.]*$", ""));
    return new DocumentFiles(name, files);
  }
}
