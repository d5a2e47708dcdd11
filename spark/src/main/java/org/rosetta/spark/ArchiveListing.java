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
        String prefix = root.toUri().getPath().replaceAll("/+$", "") + "/";
        RemoteIterator<LocatedFileStatus> listed = fs.listFiles(root, true);
        while (listed.hasNext()) {
          String path = listed.next().getPath().toUri().getPath();
          if (path.startsWith(prefix)) {
            files.add(path.substring(prefix.length()));
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
