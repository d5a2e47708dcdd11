package org.rosetta.document;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.rosetta.text.InputException;
import org.rosetta.text.Lang;

/**
 * An archive's files paired into documents by name: {@code NAME.en.EXT} beside {@code
 * NAME.ru.EXT} and {@code NAME.he.EXT}, in any format Rosetta reads. A document's name is its
 * path from the archive's folder without language and extension ({@code 2019/statement-12}), so
 * the same name in two years stays two documents; documents come in the order of their names.
 * The files are paths relative to the folder, whatever the storage (a local disk, HDFS, S3).
 */
public final class ArchiveIndex {
  private ArchiveIndex() {}

  /** A document's files, by language, as paths relative to the archive's folder. */
  public record Document(String name, Map<Lang, String> files) implements Serializable {
    public Document {
      files = Lang.ordered(files);
    }
  }

  /** The documents of an archive, and the files of it that pair with no English file (or no translation). */
  public record Archive(List<Document> documents, List<String> unpaired) {}

  /**
   * @param archive how messages name the archive
   * @param files every file below the archive's folder, {@code /}-separated, in a stable order
   * @throws InputException when a document has two files in one language
   */
  public static Archive of(String archive, List<String> files) {
    Map<String, Map<Lang, String>> byName = new TreeMap<>();
    for (String file : files) {
      int slash = file.lastIndexOf('/');
      Optional<NamedFile> named = NamedFile.of(file.substring(slash + 1));
      if (named.isEmpty()) {
        continue;
      }
      String name = slash < 0 ? named.get().name() : file.substring(0, slash + 1) + named.get().name();
      Map<Lang, String> byLang = byName.computeIfAbsent(name, n -> new EnumMap<>(Lang.class));
      String earlier = byLang.putIfAbsent(named.get().lang(), file);
      if (earlier != null) {
        throw new InputException(archive, "has two " + named.get().lang().code() + " files for '" + name + "' (" + earlier + ", " + file + "); keep one");
      }
    }
    List<Document> documents = new ArrayList<>();
    List<String> unpaired = new ArrayList<>();
    byName.forEach((name, byLang) -> {
      if (byLang.containsKey(Lang.EN) && byLang.size() > 1) {
        documents.add(new Document(name, byLang));
      } else {
        unpaired.addAll(byLang.values());
      }
    });
    return new Archive(documents, unpaired);
  }
}
