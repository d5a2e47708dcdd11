package org.rosetta.cli;

import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.rosetta.input.TextFiles;
import org.rosetta.lexicon.LexiconFile;
import org.rosetta.lexicon.Lexicons;
import org.rosetta.memory.MemoryReader;
import org.rosetta.memory.TranslationMemory;
import org.rosetta.setup.EngineProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code rosetta learn}: learns translation memories into a lexicon file, the form in which
 * Rosetta ships its built-in lexicon ({@code scripts/build-lexicon.sh}).
 */
@Command(
    name = "learn",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Learns the word translations of translation memories into a lexicon file (gzip-packed).")
public class LearnCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final EngineProvider engines;

  @Inject
  public LearnCommand(EngineProvider engines) {
    this.engines = engines;
  }

  @Option(
      names = {"-m", "--memory"},
      paramLabel = "FILE",
      required = true,
      description = "Translation memory (TMX, or TSV/CSV with a header of language codes: en, ru, he); repeatable.")
  List<Path> memories = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The lexicon file to write.")
  Path output;

  @Override
  public Integer call() {
    TextFiles files = engines.files();
    List<TranslationMemory> loaded = new ArrayList<>();
    for (Path path : memories) {
      loaded.add(MemoryReader.read(path.toString(), files.read(path)));
    }
    TranslationMemory memory = TranslationMemory.merge(String.join(", ", memories.stream().map(Path::toString).toList()), loaded);
    long started = System.nanoTime();
    Lexicons lexicons = Lexicons.learn(memory);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream packed = new GZIPOutputStream(bytes, 1 << 16)) {
      LexiconFile.write(lexicons, packed);
    } catch (IOException e) {
      throw new UncheckedIOException("a lexicon cannot be written to memory", e);
    }
    OutputFile.write(output, bytes.toByteArray());
    spec.commandLine()
        .getOut()
        .printf(
            Locale.ROOT,
            "%s: %d units learned in %.1f s, %d KB%n",
            output,
            memory.units().size(),
            (System.nanoTime() - started) / 1e9,
            bytes.size() / 1024);
    return ExitCodes.OK;
  }
}
