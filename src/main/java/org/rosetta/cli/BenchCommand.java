package org.rosetta.cli;

import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rosetta.Engine;
import org.rosetta.app.EngineProvider;
import org.rosetta.terminology.Glossary;
import org.rosetta.text.DocumentInput;
import org.rosetta.text.Lang;
import org.rosetta.text.SourceText;
import org.rosetta.text.TextFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rosetta bench}: how long the engine takes on each document of a folder, after warm-up,
 * without language detection (alignment and checks) and with it; and, with {@code --sentences},
 * on one document made by repeating the texts until English has that many sentences.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Measures the engine's speed and memory on the documents of a folder.")
public class BenchCommand implements Callable<Integer> {
  private static final org.rosetta.segment.SentenceSegmenter SEGMENTER = new org.rosetta.segment.SentenceSegmenter();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Inject EngineProvider engines;

  @Parameters(paramLabel = "DIR", description = "A folder of documents (NAME.en.txt, NAME.ru.txt, NAME.he.txt).")
  Path folder;

  @Option(names = "--warmup", defaultValue = "3", description = "Unmeasured runs first. Default: ${DEFAULT-VALUE}.")
  int warmup;

  @Option(names = "--runs", defaultValue = "5", description = "Measured runs; the median is reported. Default: ${DEFAULT-VALUE}.")
  int runs;

  @Option(names = "--sentences", defaultValue = "0", description = "Also time one document of at least this many English sentences.")
  int sentences;

  @Option(names = "--detect", description = "Also time the full check with language detection.")
  boolean detect;

  @Override
  public Integer call() {
    if (warmup < 0 || runs < 1) {
      throw new IllegalArgumentException("--warmup must be 0 or more and --runs 1 or more");
    }
    PrintWriter out = spec.commandLine().getOut();
    TextFiles files = engines.files();
    List<DocumentInput> documents = new ArrayList<>();
    for (DocumentFiles doc : DocumentFiles.inFolder(folder)) {
      documents.add(doc.read(files, List.of(Lang.targets())));
    }
    Engine plain = engines.engine(Engine.AlignerKind.ANCHORED, false);
    out.printf(Locale.ROOT, "%-12s %8s %8s %8s %12s%n", "document", "en", "ru", "he", "align+check");
    for (DocumentInput doc : documents) {
      double ms = median(plain, doc);
      out.printf(Locale.ROOT, "%-12s %8d %8d %8d %9.0f ms%n", doc.name(), count(doc, Lang.EN), count(doc, Lang.RU), count(doc, Lang.HE), ms);
      out.flush();
    }
    if (detect) {
      Engine full = engines.forgetfulEngine(Engine.AlignerKind.ANCHORED);
      for (DocumentInput doc : documents) {
        out.printf(Locale.ROOT, "%-12s with language detection: %.0f ms%n", doc.name(), median(full, doc));
        out.flush();
      }
    }
    if (sentences > 0) {
      large(plain, documents, out);
    }
    return ExitCodes.OK;
  }

  private void large(Engine engine, List<DocumentInput> documents, PrintWriter out) {
    Map<Lang, StringBuilder> texts = new EnumMap<>(Lang.class);
    int english = 0;
    while (english < sentences) {
      for (DocumentInput doc : documents) {
        for (SourceText text : doc.texts().values()) {
          texts.computeIfAbsent(text.lang(), l -> new StringBuilder()).append(text.content()).append("\n\n");
        }
        english += count(doc, Lang.EN);
      }
    }
    Map<Lang, SourceText> sources = new EnumMap<>(Lang.class);
    texts.forEach((lang, sb) -> sources.put(lang, new SourceText(lang, "large." + lang.code(), sb.toString())));
    DocumentInput large = new DocumentInput("large", sources);
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long before = rt.totalMemory() - rt.freeMemory();
    long started = System.nanoTime();
    var report = engine.check(large, Glossary.EMPTY);
    double seconds = (System.nanoTime() - started) / 1e9;
    long after = rt.totalMemory() - rt.freeMemory();
    out.printf(
        Locale.ROOT,
        "large: %d en, %d ru, %d he sentences: %.1f s, heap in use %d MB (max heap %d MB)%n",
        report.texts().get(Lang.EN).segments().size(),
        report.texts().containsKey(Lang.RU) ? report.texts().get(Lang.RU).segments().size() : 0,
        report.texts().containsKey(Lang.HE) ? report.texts().get(Lang.HE).segments().size() : 0,
        seconds,
        Math.max(before, after) / (1024 * 1024),
        rt.maxMemory() / (1024 * 1024));
    out.flush();
  }

  private static int count(DocumentInput doc, Lang lang) {
    return doc.text(lang).map(t -> SEGMENTER.segment(t).size()).orElse(0);
  }

  private double median(Engine engine, DocumentInput doc) {
    for (int i = 0; i < warmup; i++) {
      engine.check(doc, Glossary.EMPTY);
    }
    double[] times = new double[runs];
    for (int i = 0; i < runs; i++) {
      long started = System.nanoTime();
      engine.check(doc, Glossary.EMPTY);
      times[i] = (System.nanoTime() - started) / 1e6;
    }
    java.util.Arrays.sort(times);
    return times[runs / 2];
  }
}
