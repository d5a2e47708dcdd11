package org.rosetta.cli;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import org.rosetta.ArchiveAlignment;
import org.rosetta.ArchiveOnOneMachine;
import org.rosetta.Engine;
import org.rosetta.setup.EngineProvider;
import org.rosetta.setup.Version;
import org.rosetta.lexicon.Lexicons;
import org.rosetta.memory.MemoryWriter;
import org.rosetta.report.ArchiveSummary;
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

    ArchiveSummary totals = new ArchiveSummary();
    ArchiveOnOneMachine<DocumentFiles> archive = new ArchiveOnOneMachine<>(engine, documents, d -> d.read(reader, all), new ArchiveOnOneMachine.Progress<>() {
      private Progress bar;

      @Override
      public void pass(String what) {
        bar = progress(err, documents.size());
      }

      @Override
      public void done(DocumentFiles document, String what) {
        bar.documentDone(document.name(), what);
      }

      @Override
      public void skipped(DocumentFiles document, String why) {
        err.println("rosetta: warning: skipped " + document.name() + ": " + why);
        err.flush();
      }
    });
    int rounds = memory.learnFromBatch() ? Engine.learningRounds(given) : 0;
    Lexicons learned = ArchiveAlignment.lexicons(given, archive.learn(given, rounds));
    OutputFile.stream(output, out -> {
      try (MemoryWriter writer = MemoryWriter.forFile(output.toString(), out, Version.current()).orElseThrow()) {
        archive.harvest(learned, minScore, (doc, harvest) -> {
          for (MemoryWriter.Unit unit : harvest.units()) {
            try {
              writer.write(unit);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
          totals.add(doc.name(), harvest);
        });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    });
    if (summary != null) {
      OutputFile.write(summary, totals.table());
    }
    spec.commandLine().getOut().println(totals.describe(output.toString(), documents.size(), unpaired.stream().map(Path::toString).toList(), (System.nanoTime() - started) / 1e9));
    Map<DocumentFiles, String> skipped = archive.skipped();
    if (!skipped.isEmpty()) {
      Map.Entry<DocumentFiles, String> first = skipped.entrySet().iterator().next();
      spec.commandLine().getOut().printf(Locale.ROOT, "  %d documents skipped (named above), e.g. %s: %s%n", skipped.size(), first.getKey().name(), first.getValue());
    }
    return ExitCodes.OK;
  }

  private static Progress progress(PrintWriter err, int documents) {
    return new Progress(err, Progress.stderrIsTerminal(), documents, PROGRESS_EVERY);
  }
}
