package org.rosetta.cli;

import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import org.rosetta.Engine;
import org.rosetta.Evidence;
import org.rosetta.check.Finding;
import org.rosetta.check.Severity;
import org.rosetta.eval.AlignmentEvaluator;
import org.rosetta.eval.GoldDocument;
import org.rosetta.eval.Scores;
import org.rosetta.input.TextFiles;
import org.rosetta.lexicon.Lexicons;
import org.rosetta.report.DocumentReport;
import org.rosetta.setup.EngineProvider;
import org.rosetta.text.DocumentInput;
import org.rosetta.text.InputException;
import org.rosetta.text.Lang;
import org.rosetta.text.SourceText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code rosetta eval}: scores the aligner on documents with gold alignment ({@code
 * NAME.gold.json} beside the texts, as {@code make_documents.py} writes them).
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Scores alignment against gold: verse-pair precision, recall and F1, omissions, additions, untranslated.",
      "Documents: NAME.en.txt, NAME.ru.txt, NAME.he.txt and NAME.gold.json in each folder."
    })
public class EvalCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final EngineProvider engines;

  @Inject
  public EvalCommand(EngineProvider engines) {
    this.engines = engines;
  }

  @Parameters(paramLabel = "DIR", arity = "1..*", description = "Folders of documents with gold alignment.")
  List<Path> folders;

  @CommandLine.Option(names = "--counts", description = "Also print the counts behind the figures, one JSON line per pair.")
  boolean counts;

  @CommandLine.Option(
      names = "--explain",
      description = "Also list every dropped verse that was linked and every verse wrongly left unlinked, with what it was linked to.")
  boolean explain;

  @Mixin InputOptions input;

  @Mixin MemoryOptions memory;

  @Override
  public Integer call() {
    Engine engine = engines.engine(input.alignerKind(), !input.noDetect);
    TextFiles files = engines.files();
    Lexicons lexicons = memory.lexicons(engines);
    AlignmentEvaluator evaluator = new AlignmentEvaluator();
    Map<Lang, Scores> totals = new EnumMap<>(Lang.class);
    long started = System.nanoTime();
    BiFunction<Lang, Path, SourceText> reader = DocumentFiles.reader(files, spec.commandLine().getErr());
    List<DocumentInput> inputs = new ArrayList<>();
    List<GoldDocument> golds = new ArrayList<>();
    for (Path folder : folders) {
      for (DocumentFiles doc : DocumentFiles.inFolder(folder)) {
        Path goldPath = folder.resolve(doc.name() + ".gold.json");
        if (!Files.exists(goldPath)) {
          throw new InputException(goldPath.toString(), "does not exist: eval needs the gold alignment of every document");
        }
        golds.add(GoldDocument.parse(goldPath.toString(), files.read(goldPath)));
        inputs.add(doc.read(reader, List.of(Lang.targets())));
      }
    }
    List<DocumentReport> reports = memory.learnFromBatch() ? engine.checkAll(inputs, Evidence.of(lexicons)) : inputs.stream().map(i -> engine.check(i, Evidence.of(lexicons))).toList();
    for (int d = 0; d < reports.size(); d++) {
      DocumentReport report = reports.get(d);
      for (Lang lang : Lang.targets()) {
        if (report.alignments().containsKey(lang)) {
          totals.computeIfAbsent(lang, l -> new Scores()).add(evaluator.score(report, golds.get(d), lang));
          if (explain) {
            explain(evaluator.omissionErrors(report, golds.get(d), lang), lang);
          }
        }
      }
    }
    int documents = reports.size();
    print(totals, documents, (System.nanoTime() - started) / 1e9);
    printInside(reports, golds, evaluator);
    printAlarms(reports);
    return ExitCodes.OK;
  }

  /** Defects inside sentences flagged on their sentence, by kind and language, when the gold has any. */
  private void printInside(List<DocumentReport> reports, List<GoldDocument> golds, AlignmentEvaluator evaluator) {
    PrintWriter out = spec.commandLine().getOut();
    for (Lang lang : Lang.targets()) {
      Map<String, int[]> byKind = new TreeMap<>();
      for (int d = 0; d < reports.size(); d++) {
        if (reports.get(d).alignments().containsKey(lang)) {
          evaluator.inside(reports.get(d), golds.get(d), lang, byKind);
        }
      }
      if (byKind.isEmpty()) {
        continue;
      }
      int defects = byKind.values().stream().mapToInt(c -> c[0]).sum();
      int flagged = byKind.values().stream().mapToInt(c -> c[1]).sum();
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "inside en-%s: %d/%d flagged on their sentence", lang.code(), flagged, defects));
      byKind.forEach((kind, c) -> line.append(String.format(Locale.ROOT, "; %s %d/%d", kind, c[1], c[0])));
      out.println(line);
    }
    out.flush();
  }

  /**
   * Errors and warnings per 100 English sentences, by rule and language: on documents with nothing
   * injected, every one a reviewer would read, so the figure a false-alarm target is stated in.
   */
  private void printAlarms(List<DocumentReport> reports) {
    PrintWriter out = spec.commandLine().getOut();
    Map<String, Integer> alarms = new TreeMap<>();
    long english = 0;
    for (DocumentReport report : reports) {
      english += report.texts().containsKey(Lang.EN) ? report.texts().get(Lang.EN).segments().size() : 0;
      for (Finding f : report.findings()) {
        if (f.severity().atLeast(Severity.WARNING)) {
          alarms.merge(f.rule().id() + " " + f.language().code(), 1, Integer::sum);
        }
      }
    }
    int total = alarms.values().stream().mapToInt(Integer::intValue).sum();
    double per100 = english == 0 ? 0 : 100.0 * total / english;
    out.printf(Locale.ROOT, "errors and warnings: %d in %d English sentences, %.2f per 100%n", total, english, per100);
    alarms.forEach((rule, n) -> out.printf(Locale.ROOT, "  %-32s %d%n", rule, n));
    out.flush();
  }

  private void explain(List<AlignmentEvaluator.OmissionError> errors, Lang lang) {
    PrintWriter out = spec.commandLine().getOut();
    for (AlignmentEvaluator.OmissionError e : errors) {
      String what = e.missed() ? "missed omission" : "false omission";
      out.printf(Locale.ROOT, "%s en-%s %s %s: %s%n", e.document(), lang.code(), what, e.verse(), e.english());
      if (e.missed()) {
        out.printf(Locale.ROOT, "    linked (%.2f) to: %s%n", e.score(), e.linkedTo());
      }
    }
  }

  private void print(Map<Lang, Scores> totals, int documents, double seconds) {
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "aligner: %s, %d documents, %.1f s%n", input.aligner, documents, seconds);
    out.println("pair    precision  recall  F1     omission P/R   addition P/R   untranslated flagged");
    List<String> rows = new ArrayList<>();
    totals.forEach(
        (lang, s) ->
            rows.add(
                String.format(
                    Locale.ROOT,
                    "en-%s   %.3f      %.3f   %.3f  %.3f/%.3f    %.3f/%.3f    %d/%d",
                    lang.code(),
                    s.precision(),
                    s.recall(),
                    s.f1(),
                    s.omissionPrecision(),
                    s.omissionRecall(),
                    s.additionPrecision(),
                    s.additionRecall(),
                    s.untranslatedFlagged(),
                    s.untranslated())));
    rows.forEach(out::println);
    out.println("links right by confidence (links in the band)");
    totals.forEach((lang, s) -> {
      StringBuilder line = new StringBuilder("en-" + lang.code() + "  ");
      for (int b = 0; b < Scores.BANDS.length; b++) {
        String upper = b + 1 < Scores.BANDS.length ? String.format(Locale.ROOT, "%.1f", Scores.BANDS[b + 1]) : "1";
        line.append(String.format(Locale.ROOT, "  %.1f-%s: %.3f (%d)", Scores.BANDS[b], upper, s.bandAccuracy(b), s.bandLinks(b)));
      }
      out.println(line);
    });
    if (counts) {
      totals.forEach((lang, s) -> out.println("{\"pair\": \"en-" + lang.code() + "\", " + s.counts().entrySet().stream()
          .map(e -> "\"" + e.getKey() + "\": " + e.getValue()).collect(java.util.stream.Collectors.joining(", ")) + "}"));
    }
    out.flush();
  }
}
