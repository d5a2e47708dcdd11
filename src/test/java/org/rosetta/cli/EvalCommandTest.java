package org.rosetta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosetta.BibleText;

/** {@code eval} and {@code bench} on a small gold document built here from Ruth 1. */
class EvalCommandTest {

  @TempDir Path dir;

  /** Ruth 1 in three files, Russian without verse 5, with the gold JSON make_documents.py would write. */
  private void ruthOne() throws Exception {
    List<String[]> verses = BibleText.lines().stream()
        .map(l -> l.split("\t")).filter(c -> c[0].startsWith("Ruth.1.")).toList();
    StringBuilder[] texts = {new StringBuilder(), new StringBuilder(), new StringBuilder()};
    StringBuilder gold = new StringBuilder("{\"name\":\"Ruth-1\",\"verses\":[");
    for (int v = 0; v < verses.size(); v++) {
      gold.append(v == 0 ? "" : ",").append("{\"id\":\"").append(verses.get(v)[0]).append('"');
      for (int lang = 0; lang < 3; lang++) {
        String key = new String[] {"en", "ru", "he"}[lang];
        if (lang == 1 && v == 4) {
          gold.append(",\"ru\":null");
          continue;
        }
        StringBuilder sb = texts[lang];
        if (sb.length() > 0) {
          sb.append(v % 6 == 0 ? "\n\n" : " ");
        }
        int start = sb.codePointCount(0, sb.length());
        sb.append(org.rosetta.align.BibleDocumentsAccess.sentenceFinal(verses.get(v)[1 + lang]));
        gold.append(",\"").append(key).append("\":[").append(start).append(',').append(sb.codePointCount(0, sb.length())).append(']');
      }
      gold.append('}');
    }
    gold.append("],\"added\":{\"ru\":[],\"he\":[]},\"untranslated\":{\"ru\":[],\"he\":[]}}");
    Files.writeString(dir.resolve("Ruth-1.en.txt"), texts[0]);
    Files.writeString(dir.resolve("Ruth-1.ru.txt"), texts[1]);
    Files.writeString(dir.resolve("Ruth-1.he.txt"), texts[2]);
    Files.writeString(dir.resolve("Ruth-1.gold.json"), gold);
  }

  @Test
  void evalPrintsVersePairScoresAndFindsTheOmission() throws Exception {
    ruthOne();

    CommandLineRun.Result result = CommandLineRun.launch("eval", "--no-detect", dir.toString());

    assertThat(result.exitCode()).as(result.errorOutput()).isEqualTo(0);
    String ru = result.output().lines().filter(l -> l.startsWith("en-ru")).findFirst().orElseThrow();
    assertThat(ru).contains("1.000/1.000");
    double f1 = Double.parseDouble(ru.trim().split("\\s+")[3]);
    assertThat(f1).isGreaterThan(0.95);
    // The dropped verse is an alarm a reviewer reads, counted per 100 English sentences by rule.
    assertThat(result.output()).containsPattern("errors and warnings: [1-9]\\d* in \\d+ English sentences, \\d+\\.\\d\\d per 100");
    assertThat(result.output()).containsPattern("alignment\\.omission ru +1");
  }

  @Test
  void explainNamesTheDroppedVerseABaselineLinked() throws Exception {
    ruthOne();

    CommandLineRun.Result result = CommandLineRun.launch("eval", "--no-detect", "--aligner", "length", "--explain", dir.toString());

    assertThat(result.exitCode()).as(result.errorOutput()).isEqualTo(0);
    assertThat(result.output())
        .contains("Ruth-1 en-ru missed omission Ruth.1.5: ")
        .containsPattern("\\n    linked \\(\\d\\.\\d\\d\\) to: \\S");
  }

  @Test
  void evalNeedsGoldFiles() throws Exception {
    ruthOne();
    Files.delete(dir.resolve("Ruth-1.gold.json"));

    CommandLineRun.Result result = CommandLineRun.launch("eval", "--no-detect", dir.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errorOutput()).contains("Ruth-1.gold.json: does not exist");
  }

  @Test
  void benchTimesEachDocument() throws Exception {
    ruthOne();

    CommandLineRun.Result result = CommandLineRun.launch("bench", "--warmup", "1", "--runs", "1", "--sentences", "100", dir.toString());

    assertThat(result.exitCode()).as(result.errorOutput()).isEqualTo(0);
    assertThat(result.output()).contains("Ruth-1").contains("large:");
  }

  @Test
  void evalLearnsFromAMemoryAndReportsConfidenceBands() throws Exception {
    ruthOne();
    Path memory = dir.resolve("genesis.tsv");
    List<String> genesis = BibleText.lines().stream().filter(l -> l.startsWith("id\t") || l.startsWith("Gen.")).toList();
    Files.write(memory, genesis, StandardCharsets.UTF_8);

    CommandLineRun.Result result = CommandLineRun.launch("eval", "--no-detect", "--memory", memory.toString(), dir.toString());

    assertThat(result.exitCode()).as(result.errorOutput()).isEqualTo(0);
    String ru = result.output().lines().filter(l -> l.startsWith("en-ru")).findFirst().orElseThrow();
    assertThat(ru).contains("1.000/1.000");
    assertThat(result.output()).contains("links right by confidence").containsPattern("en-he +0\\.0-0\\.5: ");
  }

  @Test
  void aBadMemoryIsAnInputError() throws Exception {
    ruthOne();
    Path memory = dir.resolve("pairs.tsv");
    Files.writeString(memory, "source\ttarget\nHello\tПривет\n", StandardCharsets.UTF_8);

    CommandLineRun.Result result = CommandLineRun.launch("eval", "--no-detect", "--memory", memory.toString(), dir.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errorOutput()).contains("pairs.tsv:1: the header must name the language of each column");
  }
}
