package org.rosetta.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rosetta.input.TextFiles;
import org.rosetta.lexicon.LexiconCache;
import org.rosetta.lexicon.Lexicons;
import org.rosetta.memory.MemoryReader;
import org.rosetta.memory.TranslationMemory;
import org.rosetta.setup.EngineProvider;
import picocli.CommandLine.Option;

/** {@code --memory FILE}: translation memories whose word translations guide the alignment. */
public class MemoryOptions {
  @Option(
      names = {"-m", "--memory"},
      paramLabel = "FILE",
      description = "Translation memory (TMX, or TSV/CSV with a header of language codes: en, ru, he); repeatable.")
  List<Path> memories = new ArrayList<>();

  @Option(
      names = {"--no-learn", "--one-by-one"},
      description = "Align each document once, without learning from the confident links of the whole batch first: each document checked alone, as the web form checks one statement.")
  boolean noLearn;

  @Option(
      names = "--no-builtin-lexicon",
      description = "Align without the lexicon that ships with Rosetta (learned from the Bible's development books): to evaluate on those books, or to see what a memory alone does.")
  boolean noBuiltInLexicon;

  boolean learnFromBatch() {
    return !noLearn;
  }

  /** What the aligner weighs: what the memories teach (from the cache when it has them) and the built-in lexicon. */
  Lexicons lexicons(EngineProvider engines) {
    Lexicons memory = memoryLexicons(engines.files(), engines.lexiconCache());
    return noBuiltInLexicon ? memory : engines.lexicons(memory);
  }

  /** What the memories teach, from the cache when it has them; {@link Lexicons#NONE} without any memory. */
  private Lexicons memoryLexicons(TextFiles files, LexiconCache cache) {
    if (memories.isEmpty()) {
      return Lexicons.NONE;
    }
    List<String> contents = new ArrayList<>();
    for (Path path : memories) {
      contents.add(files.read(path));
    }
    return cache.get(contents, () -> {
      List<TranslationMemory> loaded = new ArrayList<>();
      for (int k = 0; k < memories.size(); k++) {
        loaded.add(MemoryReader.read(memories.get(k).toString(), contents.get(k)));
      }
      return Lexicons.learn(TranslationMemory.merge(String.join(", ", memories.stream().map(Path::toString).toList()), loaded));
    });
  }
}
