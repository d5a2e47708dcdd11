package org.rosetta.spark;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.rosetta.align.Link;
import org.rosetta.check.Finding;
import org.rosetta.report.DocumentReport;
import org.rosetta.report.MemoryUnits;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;
import org.rosetta.text.SegmentId;

/**
 * Every link of the archive as a row of the Parquet table written beside the memory, for analysis:
 * which document and sentences it pairs (0-based, end exclusive, as in the JSON report's
 * alignments), its score and shape, what became of it ({@link MemoryUnits.Fate}: written to the
 * memory, or why not), its texts, and the findings of the checks on its sentences.
 */
final class LinkRows {
  private LinkRows() {}

  private static final StructType FINDING = DataTypes.createStructType(List.of(
      DataTypes.createStructField("rule", DataTypes.StringType, false),
      DataTypes.createStructField("severity", DataTypes.StringType, false),
      DataTypes.createStructField("message", DataTypes.StringType, false)));

  static final StructType SCHEMA = DataTypes.createStructType(List.<StructField>of(
      DataTypes.createStructField("document", DataTypes.StringType, false),
      DataTypes.createStructField("language", DataTypes.StringType, false),
      DataTypes.createStructField("english_from", DataTypes.IntegerType, false),
      DataTypes.createStructField("english_to", DataTypes.IntegerType, false),
      DataTypes.createStructField("translation_from", DataTypes.IntegerType, false),
      DataTypes.createStructField("translation_to", DataTypes.IntegerType, false),
      DataTypes.createStructField("shape", DataTypes.StringType, false),
      DataTypes.createStructField("score", DataTypes.DoubleType, false),
      DataTypes.createStructField("fate", DataTypes.StringType, false),
      DataTypes.createStructField("english", DataTypes.StringType, false),
      DataTypes.createStructField("translation", DataTypes.StringType, false),
      DataTypes.createStructField("findings", DataTypes.createArrayType(FINDING, false), false)));

  static ArrayList<Row> of(DocumentReport report, double threshold) {
    ArrayList<Row> rows = new ArrayList<>();
    List<Segment> english = report.texts().get(Lang.EN).segments();
    report.alignments().forEach((lang, links) -> {
      List<Segment> target = report.texts().get(lang).segments();
      for (Link link : links) {
        List<Segment> en = english.subList(link.sourceFrom(), link.sourceTo());
        List<Segment> translation = target.subList(link.targetFrom(), link.targetTo());
        rows.add(RowFactory.create(
            report.name(),
            lang.code(),
            link.sourceFrom(),
            link.sourceTo(),
            link.targetFrom(),
            link.targetTo(),
            link.shape(),
            link.score(),
            MemoryUnits.fate(report, lang, link, threshold).name().toLowerCase(Locale.ROOT),
            Segment.joinedText(en),
            Segment.joinedText(translation),
            findings(report.findings(), lang, en, translation)));
      }
    });
    return rows;
  }

  /** The findings about this translation that name one of the link's sentences. */
  private static scala.collection.immutable.List<Row> findings(List<Finding> findings, Lang lang, List<Segment> english, List<Segment> translation) {
    Set<SegmentId> ids = new HashSet<>();
    english.forEach(s -> ids.add(s.id()));
    translation.forEach(s -> ids.add(s.id()));
    List<Row> out = new ArrayList<>();
    for (Finding finding : findings) {
      if (lang == finding.language() && finding.segments().stream().anyMatch(ids::contains)) {
        out.add(RowFactory.create(finding.rule().id(), finding.severity().code(), finding.message()));
      }
    }
    // Spark reads an array column of a row as a Scala sequence.
    return scala.jdk.javaapi.CollectionConverters.asScala(out).toList();
  }
}
