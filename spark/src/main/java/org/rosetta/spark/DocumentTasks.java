package org.rosetta.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.rosetta.ArchiveAlignment;
import org.rosetta.Engine;
import org.rosetta.Evidence;
import org.rosetta.batch.BatchLearning;
import org.rosetta.document.DocumentReader;
import org.rosetta.input.TextDecoder;
import org.rosetta.report.DocumentReport;
import org.rosetta.report.MemoryUnits;
import org.rosetta.segment.SentenceSegmenter;
import org.rosetta.text.DocumentInput;
import org.rosetta.text.InputException;
import org.rosetta.text.Lang;
import org.rosetta.text.SourceText;

/**
 * What a task does with one document: reads its files from the archive's storage and aligns them
 * with the engine, one engine per executor (as {@code rosetta align} builds it: no language
 * detection, the anchored aligner).
 */
final class DocumentTasks {
  private static final Engine ENGINE = Engine.withoutDetection(new SentenceSegmenter(), Engine.AlignerKind.ANCHORED);
  private static final DocumentReader READER = new DocumentReader(new TextDecoder(TextDecoder.DEFAULT_MAX_BYTES));

  private DocumentTasks() {}

  /** A learning pass's part: the document's links sure enough to learn from. */
  static DocumentOutcome<ArrayList<BatchLearning.Candidate>> candidates(ArchiveListing.Located document, HadoopSettings hadoop, JobLexicons lexicons) {
    return aligned(document, hadoop, input -> new ArrayList<>(ArchiveAlignment.candidates(ENGINE, input, lexicons.lexicons())));
  }

  /** The last pass's part: the document checked with what the archive taught, its memory units and its links as rows. */
  static DocumentOutcome<Harvested> harvest(ArchiveListing.Located document, HadoopSettings hadoop, JobLexicons lexicons, double minScore) {
    return aligned(document, hadoop, input -> {
      DocumentReport report = ENGINE.check(input, Evidence.of(lexicons.lexicons()));
      return new Harvested(MemoryUnits.of(report, minScore), LinkRows.of(report, minScore));
    });
  }

  /** A document's memory units and its links for the Parquet table. */
  record Harvested(MemoryUnits.Harvest harvest, ArrayList<org.apache.spark.sql.Row> links) implements Serializable {}

  private static <T extends Serializable> DocumentOutcome<T> aligned(ArchiveListing.Located document, HadoopSettings hadoop, Function<DocumentInput, T> align) {
    String name = document.document().name();
    List<String> warnings = new ArrayList<>();
    try {
      return DocumentOutcome.done(name, align.apply(read(document, hadoop, warnings)), warnings);
    } catch (InputException e) {
      return DocumentOutcome.skipped(name, e.getMessage(), warnings);
    }
  }

  private static DocumentInput read(ArchiveListing.Located document, HadoopSettings hadoop, List<String> warnings) {
    Map<Lang, SourceText> texts = new EnumMap<>(Lang.class);
    document.document().files().forEach((lang, relative) -> {
      Path path = document.file(relative);
      texts.put(lang, READER.readBytes(lang, path.toString(), path.getName(), bytes(path, hadoop), warnings::add));
    });
    return new DocumentInput(document.document().name(), texts);
  }

  private static byte[] bytes(Path path, HadoopSettings hadoop) {
    try {
      if ("file".equals(path.toUri().getScheme())) {
        // The JDK reads a local file without Hadoop's checksum stream.
        java.nio.file.Path local = java.nio.file.Path.of(path.toUri());
        long size = java.nio.file.Files.size(local);
        if (size > TextDecoder.DEFAULT_MAX_BYTES) {
          throw tooLarge(path, size);
        }
        return java.nio.file.Files.readAllBytes(local);
      }
      FileSystem fs = path.getFileSystem(hadoop.configuration());
      long length = fs.getFileStatus(path).getLen();
      if (length > TextDecoder.DEFAULT_MAX_BYTES) {
        throw tooLarge(path, length);
      }
      try (InputStream in = fs.open(path)) {
        return in.readAllBytes();
      }
    } catch (IOException e) {
      throw new InputException(path.toString(), "cannot be read: " + e.getMessage(), e);
    }
  }

  private static InputException tooLarge(Path path, long length) {
    return new InputException(
        path.toString(), "is " + TextDecoder.humanSize(length) + ", more than the " + TextDecoder.humanSize(TextDecoder.DEFAULT_MAX_BYTES) + " a document may have");
  }
}
