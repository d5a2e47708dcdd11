package org.rosetta.cli;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import org.rosetta.Engine;
import org.rosetta.Evidence;
import org.rosetta.input.TextFiles;
import org.rosetta.lexicon.LexiconFile;
import org.rosetta.lexicon.Lexicons;
import org.rosetta.memory.MemoryReader;
import org.rosetta.memory.TranslationMemory;
import org.rosetta.setup.EngineProvider;
import org.rosetta.text.DocumentInput;
import org.rosetta.text.InputException;
import org.rosetta.text.Lang;
import org.rosetta.text.Refusal;
import org.rosetta.text.SourceText;
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

  private final EngineProvider engines;

  @Inject
  public BenchCommand(EngineProvider engines) {
    this.engines = engines;
  }

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

  @Option(names = "--read", description = "Also time reading each document's files: decoding text, extracting DOCX, ODT, HTML, Markdown or PDF.")
  boolean read;

  @Option(
      names = {"-m", "--memory"},
      paramLabel = "FILE",
      description = "Align with this translation memory (TMX, TSV, CSV), and time learning it and loading what was learned.")
  Path memory;

  private Lexicons lexicons;

  @Override
  public Integer call() {
    if (warmup < 0 || runs < 1) {
      throw new Refusal("--warmup must be 0 or more and --runs 1 or more");
    }
    PrintWriter out = spec.commandLine().getOut();
    TextFiles files = engines.files();
    BiFunction<Lang, Path, SourceText> reader = DocumentFiles.reader(files, spec.commandLine().getErr());
    List<DocumentInput> documents = new ArrayList<>();
    List<DocumentFiles> inFolder = DocumentFiles.inFolder(folder);
    for (DocumentFiles doc : inFolder) {
      documents.add(doc.read(reader, List.of(Lang.targets())));
    }
    if (read) {
      for (DocumentFiles doc : inFolder) {
        out.printf(Locale.ROOT, "%-12s read: %.0f ms%n", doc.name(), median(() -> doc.read(reader, List.of(Lang.targets()))));
        out.flush();
      }
    }
    lexicons = engines.lexicons(memory != null ? timedMemory(files, out) : Lexicons.NONE);
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

  /** Learns the memory, then writes and reads back what was learned, as the cache does; prints both times. */
  private Lexicons timedMemory(TextFiles files, PrintWriter out) {
    String content = files.read(memory);
    long started = System.nanoTime();
    TranslationMemory units = MemoryReader.read(memory.toString(), content);
    Lexicons learned = Lexicons.learn(units);
    double learnMs = (System.nanoTime() - started) / 1e6;
    try {
      Path cached = Files.createTempFile("rosetta-bench-", ".bin");
      try {
        try (OutputStream stream = Files.newOutputStream(cached)) {
          LexiconFile.write(learned, stream);
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
          long loading = System.nanoTime();
          try (InputStream stream = Files.newInputStream(cached)) {
            LexiconFile.read(stream);
          }
          times[i] = (System.nanoTime() - loading) / 1e6;
        }
        Arrays.sort(times);
        out.printf(
            Locale.ROOT,
            "memory %s: %d units, learned in %.0f ms; loaded from the cache (%d KB) in %.0f ms%n",
            memory, units.units().size(), learnMs, Files.size(cached) / 1024, times[runs / 2]);
      } finally {
        Files.deleteIfExists(cached);
      }
    } catch (IOException e) {
      throw new InputException(memory.toString(), "what was learned could not be written to a temporary file: " + e.getMessage(), e);
    }
    out.flush();
    return learned;
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
    var report = engine.check(large, Evidence.of(lexicons));
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
    return median(() -> engine.check(doc, Evidence.of(lexicons)));
  }

  /** The median time of {@code work} in milliseconds, after the warm-up runs. */
  private double median(Runnable work) {
    for (int i = 0; i < warmup; i++) {
      work.run();
    }
    double[] times = new double[runs];
    for (int i = 0; i < runs; i++) {
      long started = System.nanoTime();
      work.run();
      times[i] = (System.nanoTime() - started) / 1e6;
    }
    Arrays.sort(times);
    return times[runs / 2];
  }
}
