package org.rosetta.cli;

import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import org.rosetta.Engine;
import org.rosetta.Evidence;
import org.rosetta.bilingual.BilingualFile;
import org.rosetta.bilingual.BilingualFormat;
import org.rosetta.bilingual.BilingualReader;
import org.rosetta.check.Severity;
import org.rosetta.input.TextFiles;
import org.rosetta.lexicon.Lexicons;
import org.rosetta.report.DocumentReport;
import org.rosetta.report.Report;
import org.rosetta.report.TextPositions;
import org.rosetta.report.XliffNotes;
import org.rosetta.report.XlsxSideBySide;
import org.rosetta.setup.EngineProvider;
import org.rosetta.setup.Version;
import org.rosetta.terminology.Glossary;
import org.rosetta.terminology.GlossaryReader;
import org.rosetta.text.DocumentInput;
import org.rosetta.text.Lang;
import org.rosetta.text.Refusal;
import org.rosetta.text.SourceText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rosetta check}: one document given file by file, or every document in folders. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Aligns English with Russian and Hebrew sentence by sentence and checks the translations.",
      "Give one document with --en/--ru/--he, or folders holding NAME.en.txt, NAME.ru.txt, NAME.he.txt."
    })
public class CheckCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final EngineProvider engines;

  @Inject
  public CheckCommand(EngineProvider engines) {
    this.engines = engines;
  }

  @Option(names = "--en", paramLabel = "FILE", description = "The English source text.")
  Path en;

  @Option(names = "--ru", paramLabel = "FILE", description = "The Russian translation.")
  Path ru;

  @Option(names = "--he", paramLabel = "FILE", description = "The Hebrew translation.")
  Path he;

  @Parameters(
      paramLabel = "DIR|FILE",
      arity = "0..*",
      description = "Folders of documents (batch mode), or bilingual files checked unit by unit (.xlf, .xliff, .tmx, .po).")
  List<Path> folders = new ArrayList<>();

  @Option(names = {"-g", "--glossary"}, paramLabel = "FILE", description = "Glossary (TBX, CSV or TSV); repeatable, later ones win.")
  List<Path> glossaries = new ArrayList<>();

  @Option(names = {"-f", "--format"}, defaultValue = "text", description = "Report format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  ReportFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report here (whole or not at all) instead of to stdout.")
  Path output;

  @Option(names = "--fail-on", defaultValue = "error", description = "Exit with 1 when a finding is at least this severe: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  FailOn failOn;

  @Option(names = "--languages", split = ",", paramLabel = "CODE", description = "Translations to check, e.g. ru or ru,he. Default: every one present.")
  List<String> languages = new ArrayList<>();

  @Mixin InputOptions input;

  @Mixin MemoryOptions memory;

  @Override
  public Integer call() throws IOException {
    List<Path> bilingualPaths = bilingualFiles();
    List<DocumentFiles> documents = documents(bilingualPaths);
    List<Lang> wanted = wantedLanguages();
    TextFiles files = engines.files();
    Glossary glossary = loadGlossaries(files);
    Lexicons lexicons = memory.lexicons(engines);
    Evidence evidence = Evidence.of(glossary).withLexicons(lexicons);
    Engine engine = engines.engine(input.alignerKind(), !input.noDetect);
    PrintWriter err = spec.commandLine().getErr();
    BiFunction<Lang, Path, SourceText> reader = DocumentFiles.reader(files, err);
    List<DocumentInput> inputs = new ArrayList<>();
    for (DocumentFiles doc : documents) {
      inputs.add(doc.read(reader, wanted));
    }
    List<DocumentReport> reports = new ArrayList<>();
    BilingualReader bilingual = new BilingualReader(files.decoder());
    Map<Path, byte[]> bilingualBytes = new HashMap<>();
    for (Path path : bilingualPaths) {
      byte[] bytes = files.readBytes(path);
      bilingualBytes.put(path, bytes);
      List<BilingualFile> translations =
          bilingual.read(path.toString(), path.getFileName().toString(), bytes).stream().filter(f -> wanted.contains(f.target())).toList();
      if (!translations.isEmpty()) {
        // Their CAT tool paired the units: the memory, which serves the aligner, is not needed.
        reports.add(engine.checkUnits(translations, Evidence.of(evidence.terms())));
      }
    }
    if (!inputs.isEmpty()) {
      reports.addAll(memory.learnFromBatch() ? engine.checkAll(inputs, evidence) : inputs.stream().map(i -> engine.check(i, evidence)).toList());
    }
    Progress progress = new Progress(err, Progress.stderrIsTerminal(), reports.size());
    for (DocumentReport report : reports) {
      progress.documentDone(
          report.name(),
          String.format(Locale.ROOT, "%d errors, %d warnings", report.count(Severity.ERROR), report.count(Severity.WARNING)));
    }
    Report report = new Report(reports);
    if (format == ReportFormat.xlsx) {
      ByteArrayOutputStream spreadsheet = new ByteArrayOutputStream();
      XlsxSideBySide.write(report, Version.majorMinor(), spreadsheet);
      OutputFile.write(output, spreadsheet.toByteArray());
      return exitCode(report);
    }
    StringWriter rendered = new StringWriter();
    if (format == ReportFormat.xliff) {
      Path xliff = bilingualPaths.get(0);
      byte[] bytes = bilingualBytes.get(xliff);
      rendered.write(reports.isEmpty() ? files.decoder().decode(xliff.toString(), bytes) : XliffNotes.annotate(xliff.toString(), bytes, files.decoder(), reports.get(0)));
    } else {
      format.writer(failOn.threshold(), TextPositions.of(inputs)).write(report, rendered);
    }
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(rendered);
      out.flush();
    } else {
      OutputFile.write(output, rendered.toString());
    }
    return exitCode(report);
  }

  private int exitCode(Report report) {
    Severity threshold = failOn.threshold();
    return threshold != null && report.hasFindingsAtLeast(threshold) ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  /** The positional arguments that are bilingual files rather than folders. */
  private List<Path> bilingualFiles() {
    return folders.stream().filter(p -> !Files.isDirectory(p) && BilingualReader.isBilingual(p.getFileName().toString())).toList();
  }

  /** @param bilingual the positional arguments that are bilingual files: the others are folders */
  private List<DocumentFiles> documents(List<Path> bilingual) {
    CommandLine cli = spec.commandLine();
    List<Path> folders = new ArrayList<>(this.folders);
    folders.removeAll(bilingual);
    if (en == null && (ru != null || he != null)) {
      throw new CommandLine.ParameterException(cli, "--ru and --he need --en: English is the source");
    }
    if (en != null && !folders.isEmpty()) {
      throw new CommandLine.ParameterException(cli, "give either --en/--ru/--he or folders, not both");
    }
    if (en == null && folders.isEmpty() && bilingual.isEmpty()) {
      throw new CommandLine.ParameterException(cli, "nothing to check: give --en FILE (with --ru/--he), folders, or bilingual files");
    }
    if (format == ReportFormat.xlsx && output == null) {
      throw new CommandLine.ParameterException(cli, "--format xlsx writes a spreadsheet: give the file with -o FILE.xlsx");
    }
    if (format == ReportFormat.xliff
        && (en != null || !folders.isEmpty() || bilingual.size() != 1 || BilingualFormat.of(bilingual.get(0).getFileName().toString()).orElse(null) != BilingualFormat.XLIFF)) {
      throw new CommandLine.ParameterException(cli, "--format xliff writes a checked XLIFF file back with notes: give exactly one .xlf or .xliff file");
    }
    if (en != null) {
      return List.of(DocumentFiles.of(en, ru, he));
    }
    List<DocumentFiles> all = new ArrayList<>();
    folders.forEach(folder -> all.addAll(DocumentFiles.inFolder(folder)));
    return all;
  }

  private List<Lang> wantedLanguages() {
    if (languages.isEmpty()) {
      return List.of(Lang.targets());
    }
    List<Lang> wanted = new ArrayList<>();
    for (String code : languages) {
      Lang lang = Lang.of(code);
      if (lang == Lang.EN) {
        throw new Refusal("--languages takes translations (ru, he); English is always the source");
      }
      wanted.add(lang);
    }
    return wanted;
  }

  private Glossary loadGlossaries(TextFiles files) {
    List<Glossary> loaded = new ArrayList<>();
    for (Path path : glossaries) {
      loaded.add(GlossaryReader.read(path.toString(), files.read(path)));
    }
    return Glossary.merge(loaded);
  }
}
