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
import java.util.concurrent.Callable;
import org.rosetta.Engine;
import org.rosetta.app.EngineProvider;
import org.rosetta.eval.AlignmentEvaluator;
import org.rosetta.eval.GoldDocument;
import org.rosetta.eval.Scores;
import org.rosetta.report.DocumentReport;
import org.rosetta.terminology.Glossary;
import org.rosetta.text.InputException;
import org.rosetta.text.Lang;
import org.rosetta.text.TextFiles;
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

  @Inject EngineProvider engines;

  @Parameters(paramLabel = "DIR", arity = "1..*", description = "Folders of documents with gold alignment.")
  List<Path> folders;

  @Mixin InputOptions input;

  @Override
  public Integer call() {
    Engine engine = engines.engine(input.alignerKind(), !input.noDetect);
    TextFiles files = engines.files();
    AlignmentEvaluator evaluator = new AlignmentEvaluator();
    Map<Lang, Scores> totals = new EnumMap<>(Lang.class);
    int documents = 0;
    long started = System.nanoTime();
    for (Path folder : folders) {
      for (DocumentFiles doc : DocumentFiles.inFolder(folder)) {
        Path goldPath = folder.resolve(doc.name() + ".gold.json");
        if (!Files.exists(goldPath)) {
          throw new InputException(goldPath.toString(), "does not exist: eval needs the gold alignment of every document");
        }
        GoldDocument gold = GoldDocument.parse(goldPath.toString(), files.read(goldPath));
        DocumentReport report = engine.check(doc.read(files, List.of(Lang.targets())), Glossary.EMPTY);
        for (Lang lang : Lang.targets()) {
          if (report.alignments().containsKey(lang)) {
            totals.computeIfAbsent(lang, l -> new Scores()).add(evaluator.score(report, gold, lang));
          }
        }
        documents++;
      }
    }
    print(totals, documents, (System.nanoTime() - started) / 1e9);
    return ExitCodes.OK;
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
    out.flush();
  }
}
