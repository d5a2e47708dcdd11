package org.rosetta.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.rosetta.document.ArchiveIndex;
import org.rosetta.text.InputException;

/**
 * The archive's documents as {@code rosetta align} pairs them ({@link ArchiveIndex}), listed on
 * the driver from any storage Hadoop reads (a local folder, {@code hdfs://}, {@code s3a://}):
 * names only, the tasks read the files. Archives given together keep their order, and each its
 * documents' order, so results come back as on one machine.
 */
final class ArchiveListing {
  private ArchiveListing() {}

  /** A document and the folder its files are relative to. */
  record Located(String folder, ArchiveIndex.Document document) implements Serializable {
    Path file(String relative) {
      return new Path(folder, relative);
    }
  }

  record Listing(List<Located> documents, List<String> unpaired) {}

  /**
   * A local folder listed with the JDK: Hadoop's local file system starts a process per file to
   * read its permissions, two minutes for an archive of 28,000 files.
   */
  private static List<String> local(java.nio.file.Path folder) throws IOException {
    try (java.util.stream.Stream<java.nio.file.Path> walked = java.nio.file.Files.walk(folder)) {
      return walked.filter(java.nio.file.Files::isRegularFile).map(file -> folder.relativize(file).toString().replace('\\', '/')).toList();
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
  }

  static Listing of(List<String> folders, Configuration configuration) {
    List<Located> documents = new ArrayList<>();
    List<String> unpaired = new ArrayList<>();
    for (String folder : folders) {
      Path root;
      List<String> files = new ArrayList<>();
      try {
        FileSystem fs = new Path(folder).getFileSystem(configuration);
        root = fs.makeQualified(new Path(folder));
        if (!fs.exists(root)) {
          throw new InputException(folder, "does not exist");
        }
        if (!fs.getFileStatus(root).isDirectory()) {
          throw new InputException(folder, "is not a folder");
        }
        if ("file".equals(root.toUri().getScheme())) {
          files.addAll(local(java.nio.file.Path.of(root.toUri())));
        } else {
          String prefix = root.toUri().getPath().replaceAll("/+$", "") + "/";
          RemoteIterator<LocatedFileStatus> listed = fs.listFiles(root, true);
          while (listed.hasNext()) {
            String path = listed.next().getPath().toUri().getPath();
            if (path.startsWith(prefix)) {
              files.add(path.substring(prefix.length()));
            }
          }
        }
      } catch (IOException e) {
        throw new InputException(folder, "cannot be listed: " + e.getMessage(), e);
      }
      files.sort(null);
      ArchiveIndex.Archive archive = ArchiveIndex.of(folder, files);
      for (ArchiveIndex.Document document : archive.documents()) {
        documents.add(new Located(root.toString(), document));
      }
      archive.unpaired().forEach(file -> unpaired.add(new Path(root, file).toString()));
    }
    return new Listing(documents, unpaired);
  }
}
