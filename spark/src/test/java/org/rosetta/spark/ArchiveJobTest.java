package org.rosetta.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosetta.lexicon.ExpectationStep;
import org.rosetta.lexicon.LexiconFile;
import org.rosetta.lexicon.Lexicons;
import org.rosetta.memory.MemoryUnit;
import org.rosetta.text.Lang;

/**
 * The archive job in Spark's local mode, on two cores, against the command it parallels: an
 * archive of Bible chapters (the development verses that ship with the tests) aligned by {@code
 * rosetta align} and by the job must give the same memory, unit for unit and score for score.
 */
class ArchiveJobTest {
  /** Where the application's tests keep the verses, from this module's folder. */
  private static final Path VERSES = Path.of("../src/test/resources/bible/dev.tsv.gz");
  private static final Path LAUNCHER = Path.of("../rosetta");

  private static SparkSession spark;

  @TempDir static Path dir;

  @BeforeAll
  static void startSpark() {
    spark = SparkSession.builder()
        .master("local[2]")
        .appName("rosetta-spark test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    if (spark != null) {
      spark.stop();
    }
  }

  private static List<String[]> verses() throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(VERSES))) {
      List<String[]> rows = new ArrayList<>();
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int k = 1; k < lines.length; k++) {
        rows.add(lines[k].split("\t", -1));
      }
      return rows;
    }
  }

  /**
   * Thirty documents of twelve verses in two years' folders, as text, Markdown and HTML; one
   * without its Hebrew, one whose Russian file is empty (skipped), a Russian file without its
   * English, and a file that is not a document.
   */
  private static Path archive() throws IOException {
    Path archive = dir.resolve("archive");
    List<String[]> verses = verses();
    for (int d = 0; d < 30; d++) {
      String year = d < 15 ? "2019" : "2020";
      String name = "statement-" + (d + 1);
      String ext = switch (d % 3) {
        case 0 -> "txt";
        case 1 -> "md";
        default -> "html";
      };
      Path folder = Files.createDirectories(archive.resolve(year));
      for (int l = 1; l <= 3; l++) {
        if (d == 7 && l == 3) {
          continue;
        }
        List<String> paragraphs = new ArrayList<>();
        for (int v = 0; v < 12; v++) {
          paragraphs.add(verses.get(d * 12 + v)[l]);
        }
        String text = ext.equals("html")
            ? "<html><body><p>" + String.join("</p>\n<p>", paragraphs) + "</p></body></html>"
            : String.join("\n\n", paragraphs);
        String code = List.of("", "en", "ru", "he").get(l);
        Files.writeString(folder.resolve(name + "." + code + "." + ext), d == 11 && l == 2 ? "" : text, StandardCharsets.UTF_8);
      }
    }
    Files.writeString(archive.resolve("2020/orphan.ru.txt"), "Министр прибыл в Москву.", StandardCharsets.UTF_8);
    Files.writeString(archive.resolve("2020/notes.txt"), "Not a document of the archive.", StandardCharsets.UTF_8);
    return archive;
  }

  @Test
  void theJobWritesTheMemoryThatRosettaAlignWritesOfTheSameArchive() throws Exception {
    Path archive = archive();
    Path single = dir.resolve("single.tmx");
    Path cluster = dir.resolve("cluster.tmx");
    Path links = dir.resolve("links.parquet");

    Process align = new ProcessBuilder(LAUNCHER.toString(), "align", archive.toString(), "-o", single.toString(), "--summary", dir.resolve("single.tsv").toString())
        .redirectErrorStream(true)
        .start();
    String alignOutput = new String(align.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(align.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(align.exitValue()).as(alignOutput).isZero();

    Run run = run(archive.toString(), "-o", cluster.toString(), "--summary", dir.resolve("cluster.tsv").toString(), "--links", links.toString());

    assertThat(run.exitCode()).as(run.errors()).isZero();
    List<String> units = body(cluster);
    assertThat(units).as("units").anyMatch(line -> line.contains("<tu>"));
    assertThat(units).isEqualTo(body(single));
    assertThat(Files.readString(dir.resolve("cluster.tsv"))).isEqualTo(Files.readString(dir.resolve("single.tsv")));
    assertThat(run.output()).contains("from 30 documents").contains("1 files have no counterpart").contains("1 documents skipped");
    assertThat(run.errors()).contains("skipped 2019/statement-12");

    Dataset<Row> table = spark.read().parquet(links.toString());
    long written = table.filter("fate = 'written'").count();
    assertThat(written).as("links written = the memory's translations").isEqualTo(units.stream().mapToLong(l -> (l.contains("<tuv xml:lang=\"ru\"") ? 1 : 0) + (l.contains("<tuv xml:lang=\"he\"") ? 1 : 0)).sum());
    assertThat(table.select("document").distinct().count()).as("every document but the skipped one").isEqualTo(29);
    assertThat(table.filter("fate = 'below_threshold'").count()).as("as the summary counts them").isEqualTo(summed(dir.resolve("cluster.tsv"), "_below_threshold"));
    assertThat(table.columns()).contains("score", "shape", "english", "translation", "findings");
  }

  /** A count of the summary summed over its documents and both translations. */
  private static long summed(Path summary, String column) throws IOException {
    List<String> rows = Files.readAllLines(summary);
    List<String> header = List.of(rows.get(0).split("\t"));
    long sum = 0;
    for (String row : rows.subList(1, rows.size())) {
      String[] cells = row.split("\t", -1);
      for (int c = 0; c < header.size(); c++) {
        if (header.get(c).endsWith(column) && !cells[c].isEmpty()) {
          sum += Long.parseLong(cells[c]);
        }
      }
    }
    return sum;
  }

  /** The memory's TMX without its header, which names the tool and the time. */
  private static List<String> body(Path tmx) throws IOException {
    return Files.readAllLines(tmx).stream().filter(line -> !line.contains("creationtool") && !line.contains("creationdate")).toList();
  }

  @Test
  void modelOneLearnsTheSameTableOnTheClusterAsHere() throws Exception {
    // More units than one chunk holds, so the cluster sums two chunks' counts.
    List<String[]> verses = new ArrayList<>(verses());
    verses.addAll(verses.subList(0, 1000));
    List<MemoryUnit> units = new ArrayList<>();
    for (String[] verse : verses) {
      units.add(new MemoryUnit(Map.of(Lang.EN, verse[1], Lang.RU, verse[2], Lang.HE, verse[3])));
    }
    assertThat(units.size()).isGreaterThan(org.rosetta.lexicon.Model1Chunk.UNITS);
    ExpectationStep cluster = new SparkExpectationStep(JavaSparkContext.fromSparkContext(spark.sparkContext()));

    byte[] here = bytes(Lexicons.learnSelfTaught(units, ExpectationStep.HERE));
    byte[] there = bytes(Lexicons.learnSelfTaught(units, cluster));

    assertThat(there).as("the lexicon file, bit for bit").isEqualTo(here);
  }

  private static byte[] bytes(Lexicons lexicons) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LexiconFile.write(lexicons, out);
    return out.toByteArray();
  }

  @Test
  void anArchiveWithoutDocumentsIsAnInputErrorNamingIt() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Files.writeString(empty.resolve("a.ru.txt"), "Текст.", StandardCharsets.UTF_8);

    Run run = run(empty.toString(), "-o", dir.resolve("none.tmx").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errors()).contains(empty.toString()).contains("holds no document with a translation").doesNotContain("Exception");
    assertThat(dir.resolve("none.tmx")).doesNotExist();
  }

  @Test
  void anOutputOfAnotherKindIsAUsageError() {
    Run run = run(dir.toString(), "-o", dir.resolve("memory.xlsx").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errors()).contains("--output must end in .tmx, .tsv or .csv");
  }

  private record Run(int exitCode, String output, String errors) {}

  private static Run run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    System.setOut(new PrintStream(output, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
    try {
      int code = ArchiveJob.run(spark, args);
      return new Run(code, output.toString(StandardCharsets.UTF_8), errors.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }
}
