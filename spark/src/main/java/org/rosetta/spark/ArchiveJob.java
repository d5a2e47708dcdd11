package org.rosetta.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.rosetta.ArchiveAlignment;
import org.rosetta.Engine;
import org.rosetta.input.TextDecoder;
import org.rosetta.lexicon.Lexicons;
import org.rosetta.memory.MemoryReader;
import org.rosetta.memory.MemoryWriter;
import org.rosetta.memory.TranslationMemory;
import org.rosetta.report.ArchiveSummary;
import org.rosetta.text.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code rosetta align} on an Apache Spark cluster: an archive of past statements, read from any
 * storage Hadoop reads, aligned into a translation memory with what the whole archive teaches.
 * Every pass aligns the documents in parallel tasks; Model 1 learns on the cluster too ({@link
 * SparkExpectationStep}); the memory is the one {@code rosetta align} writes of the same archive.
 * Beside it, every link with its score, what became of it and the checks' findings, as Parquet.
 */
@Command(
    name = "rosetta-spark",
    mixinStandardHelpOptions = true,
    version = "rosetta-spark 0.1.0",
    description = {
      "Aligns an archive of statements published in English and Russian and/or Hebrew into a translation memory, on Apache Spark.",
      "Documents are paired by name (NAME.en.EXT beside NAME.ru.EXT and NAME.he.EXT, any format Rosetta reads; folders searched recursively), as rosetta align pairs them.",
    })
public final class ArchiveJob implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "ARCHIVE", description = "Folders of documents, local or any Hadoop file system (hdfs://, s3a://).")
  List<String> archives = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The memory to write: FILE.tmx (TMX 1.4b), FILE.tsv or FILE.csv.")
  String output;

  @Option(names = "--links", paramLabel = "DIR", description = "Writes every link, its score, what became of it and the findings on its sentences as a Parquet table in DIR (replaced).")
  String links;

  @Option(names = "--min-score", paramLabel = "SCORE", defaultValue = "0.9", description = "Links scored at least this become memory (default ${DEFAULT-VALUE}).")
  double minScore;

  @Option(names = "--summary", paramLabel = "FILE", description = "Writes what each document gave and left out, a TSV row per document.")
  String summary;

  @Option(names = {"-m", "--memory"}, paramLabel = "FILE", description = "A translation memory to start from (TMX, or TSV/CSV with a header of language codes); repeatable.")
  List<String> memories = new ArrayList<>();

  @Option(names = "--no-learn", description = "Align each document once, without learning from the archive first.")
  boolean noLearn;

  @Option(names = "--no-builtin-lexicon", description = "Align without the lexicon that ships with Rosetta.")
  boolean noBuiltInLexicon;

  @Option(names = "--partitions", paramLabel = "N", description = "Tasks per pass (default: 4 per core of the cluster).")
  Integer partitions;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** The session the job runs in; the command line makes one from spark-submit's settings. */
  private SparkSession session;

  public static void main(String[] args) {
    System.exit(run(null, args));
  }

  /**
   * Runs the job in a session of the caller's (a test's), or in one of its own when null.
   *
   * @return the exit code: 0 done, 1 input error (which file, what is wrong), 2 usage
   */
  public static int run(SparkSession session, String... args) {
    ArchiveJob job = new ArchiveJob();
    job.session = session;
    CommandLine command = new CommandLine(job);
    command.setExecutionExceptionHandler((e, line, parsed) -> {
      if (e instanceof InputException) {
        line.getErr().println("rosetta-spark: " + e.getMessage());
        return 1;
      }
      throw e;
    });
    return command.execute(args);
  }

  @Override
  public Integer call() throws IOException {
    if (!(minScore >= 0 && minScore <= 1)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--min-score must be between 0 and 1, not " + minScore);
    }
    if (MemoryWriter.forFile(output, OutputStream.nullOutputStream(), "").isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--output must end in .tmx, .tsv or .csv: " + output);
    }
    SparkSession spark = session != null ? session : SparkSession.builder().appName("rosetta-spark align").getOrCreate();
    try {
      return align(spark);
    } finally {
      if (session == null) {
        spark.stop();
      }
    }
  }

  private int align(SparkSession spark) throws IOException {
    long started = System.nanoTime();
    PrintStream log = System.err;
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration hadoop = context.hadoopConfiguration();
    ArchiveListing.Listing archive = ArchiveListing.of(archives, hadoop);
    if (archive.documents().isEmpty()) {
      throw new InputException(
          String.join(", ", archives),
          "holds no document with a translation (NAME.en.EXT beside NAME.ru.EXT or NAME.he.EXT)"
              + (archive.unpaired().isEmpty() ? "" : "; " + archive.unpaired().size() + " files have no counterpart, e.g. " + archive.unpaired().get(0)));
    }
    Lexicons memory = memoryLexicons(hadoop);
    Lexicons given = noBuiltInLexicon ? memory : memory.withBuiltIn();
    int tasks = partitions != null ? partitions : 4 * context.defaultParallelism();
    SparkPasses passes = new SparkPasses(context, archive.documents(), tasks, new HadoopSettings(hadoop), memory, !noBuiltInLexicon, log);
    int rounds = noLearn ? 0 : Engine.learningRounds(given);
    Lexicons taught = ArchiveAlignment.learn(passes, rounds, new SparkExpectationStep(context));

    JavaRDD<DocumentOutcome<DocumentTasks.Harvested>> harvested = passes.harvest(taught, minScore);
    try {
      if (links != null) {
        JavaRDD<Row> rows = harvested.filter(outcome -> outcome.value() != null).flatMap(outcome -> outcome.value().links().iterator());
        spark.createDataFrame(rows, LinkRows.SCHEMA).write().mode(SaveMode.Overwrite).parquet(links);
      }
      ArchiveSummary totals = new ArchiveSummary();
      write(hadoop, output, out -> {
        try (MemoryWriter writer = MemoryWriter.forFile(output, out, "rosetta-spark 0.1.0").orElseThrow()) {
          passes.inOrder(harvested, outcome -> {
            try {
              for (MemoryWriter.Unit unit : outcome.value().harvest().units()) {
                writer.write(unit);
              }
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
            totals.add(outcome.name(), outcome.value().harvest());
          });
        }
      });
      if (summary != null) {
        write(hadoop, summary, out -> out.write(totals.table().getBytes(StandardCharsets.UTF_8)));
      }
      spec.commandLine().getOut().println(totals.describe(output, archive.documents().size(), archive.unpaired(), (System.nanoTime() - started) / 1e9));
      if (!passes.skipped().isEmpty()) {
        spec.commandLine().getOut().printf(
            Locale.ROOT, "  %d documents skipped (named above), e.g. %s: %s%n",
            passes.skipped().size(), passes.skipped().keySet().iterator().next(), passes.skipped().values().iterator().next());
      }
      spec.commandLine().getOut().flush();
      return 0;
    } finally {
      harvested.unpersist(false);
    }
  }

  /** What the memories teach, learned on the driver as {@code rosetta align} learns them. */
  private Lexicons memoryLexicons(Configuration hadoop) throws IOException {
    if (memories.isEmpty()) {
      return Lexicons.NONE;
    }
    TextDecoder decoder = new TextDecoder(TextDecoder.DEFAULT_MAX_BYTES);
    List<TranslationMemory> loaded = new ArrayList<>();
    for (String memory : memories) {
      Path path = new Path(memory);
      FileSystem fs = path.getFileSystem(hadoop);
      if (!fs.exists(path)) {
        throw new InputException(memory, "does not exist");
      }
      try (var in = fs.open(path)) {
        loaded.add(MemoryReader.read(memory, decoder.decode(memory, in.readAllBytes())));
      }
    }
    return Lexicons.learn(TranslationMemory.merge(String.join(", ", memories), loaded));
  }

  private interface Writing {
    void to(OutputStream out) throws IOException;
  }

  /**
   * Writes a file of the cluster's storage beside it first, then in its place: a failed run never
   * leaves a half-written memory (Hadoop's rename does not replace, so the old file is deleted just
   * before).
   */
  private static void write(Configuration hadoop, String file, Writing writing) throws IOException {
    Path target = new Path(file);
    FileSystem fs = target.getFileSystem(hadoop);
    Path partial = new Path(target.getParent(), "." + target.getName() + ".partial");
    try (FSDataOutputStream out = fs.create(partial, true)) {
      writing.to(out);
    } catch (IOException | RuntimeException e) {
      fs.delete(partial, false);
      throw e;
    }
    fs.delete(target, false);
    if (!fs.rename(partial, target)) {
      throw new IOException("cannot rename " + partial + " to " + target);
    }
  }
}
