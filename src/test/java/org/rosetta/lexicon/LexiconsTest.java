package org.rosetta.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosetta.BibleText;
import org.rosetta.memory.MemoryReader;
import org.rosetta.memory.TranslationMemory;
import org.rosetta.text.Lang;

/** Model 1 learned from the Bible development verses of Genesis, as a team's memory. */
class LexiconsTest {
  private static String genesis;
  private static Lexicons lexicons;

  @TempDir Path dir;

  @BeforeAll
  static void learnGenesis() throws Exception {
    List<String> lines = BibleText.lines();
    genesis = String.join("\n", lines.stream().filter(l -> l.startsWith("id\t") || l.startsWith("Gen.")).toList());
    lexicons = Lexicons.learn(MemoryReader.read("genesis.tsv", genesis));
  }

  @Test
  void godIsBogAndElohimWhateverTheirForm() {
    PairLexicon ru = lexicons.pair(Lang.EN, Lang.RU).get(0);
    PairLexicon he = lexicons.pair(Lang.EN, Lang.HE).get(0);

    assertThat(best(ru, "God")).isEqualTo(only(ru.targetWords("Бог").ids()));
    assertThat(only(ru.targetWords("Богу").ids())).isEqualTo(only(ru.targetWords("Бог").ids()));
    assertThat(best(he, "God")).isEqualTo(only(he.targetWords("אלהים").ids()));
    assertThat(only(he.targetWords("ואלהים").ids())).as("the clitic and the final letter do not make another word").isEqualTo(only(he.targetWords("אלהים").ids()));
    assertThat(lexicons.pair(Lang.RU, Lang.HE)).hasSize(1);
  }

  @Test
  void aWrittenLexiconReadsBackTheSame() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    LexiconFile.write(lexicons, bytes);

    Lexicons read = LexiconFile.read(new ByteArrayInputStream(bytes.toByteArray()));

    PairLexicon before = lexicons.pair(Lang.EN, Lang.HE).get(0);
    PairLexicon after = read.pair(Lang.EN, Lang.HE).get(0);
    int god = only(before.sourceWords("God").ids());
    int elohim = only(before.targetWords("אלהים").ids());
    assertThat(after.sourceWords("God").ids()).containsExactly(god);
    assertThat(after.forward().probability(god, elohim)).isEqualTo(before.forward().probability(god, elohim)).isGreaterThan(0.3);
    assertThat(after.units()).isEqualTo(before.units());
  }

  @Test
  void theCacheLearnsOncePerContentAndRelearnsAfterDamage() throws Exception {
    LexiconCache cache = new LexiconCache(dir.resolve("cache"));
    AtomicInteger learned = new AtomicInteger();
    String small = "en\tru\nGod said.\tБог сказал.\nAnd God saw.\tИ увидел Бог.\n";
    TranslationMemory memory = MemoryReader.read("small.tsv", small);

    cache.get(List.of(small), () -> { learned.incrementAndGet(); return Lexicons.learn(memory); });
    Lexicons again = cache.get(List.of(small), () -> { learned.incrementAndGet(); return Lexicons.learn(memory); });

    assertThat(learned).hasValue(1);
    assertThat(again.pair(Lang.EN, Lang.RU)).hasSize(1);
    try (var files = Files.list(dir.resolve("cache"))) {
      Path file = files.filter(p -> p.toString().endsWith(".bin")).findFirst().orElseThrow();
      Files.writeString(file, "damaged");
    }
    cache.get(List.of(small), () -> { learned.incrementAndGet(); return Lexicons.learn(memory); });
    assertThat(learned).hasValue(2);
    cache.get(List.of(small + "More.\tЕщё.\n"), () -> { learned.incrementAndGet(); return Lexicons.learn(memory); });
    assertThat(learned).hasValue(3);
  }

  /** The target word the source word most likely translates to. */
  static int best(PairLexicon lexicon, String sourceWord) {
    int source = only(lexicon.sourceWords(sourceWord).ids());
    int[] targets = lexicon.forward().targets(source);
    float[] p = lexicon.forward().probabilities(source);
    int best = 0;
    for (int k = 1; k < targets.length; k++) {
      if (p[k] > p[best]) {
        best = k;
      }
    }
    return targets[best];
  }

  static int only(int[] ids) {
    assertThat(ids).hasSize(1);
    return ids[0];
  }
}
