package org.rosetta.cli;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.rosetta.Engine;
import org.rosetta.app.EngineProvider;
import org.rosetta.app.Version;
import org.rosetta.batch.BatchLearning;
import org.rosetta.lexicon.Lexicons;
import org.rosetta.memory.MemoryWriter;
import org.rosetta.report.DocumentReport;
import org.rosetta.report.MemoryUnits;
import org.rosetta.text.InputException;
import org.rosetta.text.Lang;
import org.rosetta.text.SourceText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rosetta align}: an archive of past statements into a translation memory. The archive is
 * read once per pass and never held: each pass aligns one document at a time, the learning
 * passes keep only the texts of confident links (what {@link Engine#checkAll} learns from), and
 * the last pass writes the memory as it goes. The links are the ones {@code check} makes of the
 * same documents as one batch.
 */
@Command(
    name = "align",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Aligns an archive of statements published in English and Russian and/or Hebrew into a translation memory.",
      "Documents are paired by name (NAME.en.EXT beside NAME.ru.EXT and NAME.he.EXT, any format check reads; folders searched recursively), aligned with what the whole archive teaches, and their confident links written as TMX, TSV or CSV (by the output's extension).",
    })
public class AlignCommand implements Callable<Integer> {
  /** Archives of thousands of documents report every so many off a terminal. */
  static final int PROGRESS_EVERY = 1000;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final EngineProvider engines;

  @Inject
  public AlignCommand(EngineProvider engines) {
    this.engines = engines;
  }

  @Parameters(arity = "1..*", paramLabel = "ARCHIVE", description = "Folders of documents (searched recursively).")
  List<Path> archives = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The memory to write: FILE.tmx (TMX 1.4b), FILE.tsv or FILE.csv.")
  Path output;

  @Option(
      names = "--min-score",
      paramLabel = "SCORE",
      defaultValue = "0.9",
      description = "Links scored at least this become memory (default ${DEFAULT-VALUE}: links so scored are right 99.7%% of the time on modern news).")
  double minScore;

  @Option(names = "--summary", paramLabel = "FILE", description = "Writes what each document gave and left out, a TSV row per document.")
  Path summary;

  @Mixin MemoryOptions memory;

  @Override
  public Integer call() throws IOException {
    if (!(minScore >= 0 && minScore <= 1)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--min-score must be between 0 and 1, not " + minScore);
    }
    if (MemoryWriter.forFile(output.toString(), java.io.OutputStream.nullOutputStream(), "").isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--output must end in .tmx, .tsv or .csv: " + output);
    }
    List<DocumentFiles> documents = new ArrayList<>();
    List<Path> unpaired = new ArrayList<>();
    for (Path archive : archives) {
      DocumentFiles.Archive found = DocumentFiles.inTree(archive);
      documents.addAll(found.documents());
      unpaired.addAll(found.unpaired());
    }
    if (documents.isEmpty()) {
      throw new InputException(
          String.join(", ", archives.stream().map(Path::toString).toList()),
          "holds no document with a translation (NAME.en.EXT beside NAME.ru.EXT or NAME.he.EXT)" + (unpaired.isEmpty() ? "" : "; " + unpaired.size() + " files have no counterpart, e.g. " + unpaired.get(0)));
    }
    PrintWriter err = spec.commandLine().getErr();
    Lexicons given = memory.lexicons(engines);
    Engine engine = engines.engine(Engine.AlignerKind.ANCHORED, false);
    BiFunction<Lang, Path, SourceText> reader = DocumentFiles.reader(engines.files(), err);
    List<Lang> all = List.of(Lang.values());
    long started = System.nanoTime();

    Lexicons lexicons = given;
    int rounds = memory.learnFromBatch() ? Engine.learningRounds(given) : 0;
    Map<String, String> skipped = new LinkedHashMap<>();
    for (int round = 0; round < rounds; round++) {
      Progress progress = progress(err, documents.size());
      BatchLearning.Candidates candidates = new BatchLearning.Candidates();
      for (DocumentFiles doc : documents) {
        Lexicons now = lexicons;
        aligned(doc, d -> engine.alignOnly(d.read(reader, all), null, now), skipped, err).ifPresent(candidates::add);
        progress.documentDone(doc.name(), "learning, pass " + (round + 1));
      }
      Lexicons taught = candidates.learn();
      if (taught.isEmpty()) {
        break;
      }
      lexicons = given.with(taught);
    }

    Lexicons learned = lexicons;
    Totals totals = new Totals();
    List<String> rows = new ArrayList<>();
    Progress progress = progress(err, documents.size());
    OutputFile.stream(output, out -> {
      try (MemoryWriter writer = MemoryWriter.forFile(output.toString(), out, Version.current()).orElseThrow()) {
        for (DocumentFiles doc : documents) {
          Optional<DocumentReport> aligned = aligned(doc, d -> engine.alignOnly(d.read(reader, all), null, learned), skipped, err);
          if (aligned.isEmpty()) {
            progress.documentDone(doc.name(), "skipped");
            continue;
          }
          MemoryUnits.Harvest harvest = MemoryUnits.of(aligned.get(), minScore);
          for (MemoryWriter.Unit unit : harvest.units()) {
            writer.write(unit);
          }
          totals.add(harvest);
          rows.add(row(doc.name(), harvest));
          progress.documentDone(doc.name(), harvest.units().size() + " units");
        }
      }
    });
    if (summary != null) {
      OutputFile.write(summary, "document\tunits\t" + String.join("\t", countColumns()) + "\n" + String.join("", rows));
    }
    spec.commandLine().getOut().println(totals.describe(output, documents.size(), unpaired, (System.nanoTime() - started) / 1e9));
    if (!skipped.isEmpty()) {
      spec.commandLine().getOut().printf(Locale.ROOT, "  %d documents skipped (named above), e.g. %s: %s%n", skipped.size(), skipped.keySet().iterator().next(), skipped.values().iterator().next());
    }
    return ExitCodes.OK;
  }

  /**
   * The document aligned, or nothing when one of its files cannot be read (empty, a sentence too
   * long, a damaged DOCX): an archive of thousands of statements is not given up for one, which is
   * named once on stderr and left out of the memory.
   */
  private static Optional<DocumentReport> aligned(
      DocumentFiles doc, Function<DocumentFiles, DocumentReport> align, Map<String, String> skipped, PrintWriter err) {
    if (skipped.containsKey(doc.name())) {
      return Optional.empty();
    }
    try {
      return Optional.of(align.apply(doc));
    } catch (InputException e) {
      skipped.put(doc.name(), e.getMessage());
      err.println("rosetta: warning: skipped " + doc.name() + ": " + e.getMessage());
      err.flush();
      return Optional.empty();
    }
  }

  private static Progress progress(PrintWriter err, int documents) {
    return new Progress(err, Progress.stderrIsTerminal(), documents, PROGRESS_EVERY);
  }

  private static List<String> countColumns() {
    List<String> columns = new ArrayList<>();
    for (Lang lang : Lang.targets()) {
      for (String what : List.of("written", "below_threshold", "untranslated", "omissions", "additions")) {
        columns.add(lang.code() + "_" + what);
      }
    }
    return columns;
  }

  private static String row(String document, MemoryUnits.Harvest harvest) {
    StringBuilder row = new StringBuilder(document.replaceAll("\\s", " ")).append('\t').append(harvest.units().size());
    for (Lang lang : Lang.targets()) {
      MemoryUnits.Counts c = harvest.counts().get(lang);
      if (c == null) {
        row.append("\t\t\t\t\t");
      } else {
        row.append('\t').append(c.written()).append('\t').append(c.belowThreshold()).append('\t').append(c.untranslated()).append('\t').append(c.omissions()).append('\t').append(c.additions());
      }
    }
    return row.append('\n').toString();
  }

  /** What the whole archive gave and left out. */
  private static final class Totals {
    private int units;
    private int threeWay;
    private final Map<Lang, int[]> counts = new EnumMap<>(Lang.class);

    void add(MemoryUnits.Harvest harvest) {
      units += harvest.units().size();
      threeWay += (int) harvest.units().stream().filter(u -> u.texts().size() == 3).count();
      harvest.counts().forEach((lang, c) -> {
        int[] sum = counts.computeIfAbsent(lang, l -> new int[5]);
        sum[0] += c.written();
        sum[1] += c.belowThreshold();
        sum[2] += c.untranslated();
        sum[3] += c.omissions();
        sum[4] += c.additions();
      });
    }

    String describe(Path output, int documents, List<Path> unpaired, double seconds) {
      StringBuilder out = new StringBuilder(
          String.format(Locale.ROOT, "%s: %d units from %d documents (%d in three languages) in %.1f s", output, units, documents, threeWay, seconds));
      counts.forEach((lang, c) -> out.append(String.format(
          Locale.ROOT,
          "%n  en-%s: %d links written; left out: %d below the threshold, %d still in English, %d English sentences without a counterpart, %d translated sentences without an English one",
          lang.code(), c[0], c[1], c[2], c[3], c[4])));
      if (!unpaired.isEmpty()) {
        out.append(String.format(Locale.ROOT, "%n  %d files have no counterpart (English without a translation, or a translation without its English), e.g. %s", unpaired.size(), unpaired.get(0)));
      }
      return out.toString();
    }
  }
}
