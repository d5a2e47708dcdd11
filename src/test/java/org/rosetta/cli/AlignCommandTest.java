package org.rosetta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosetta.Fixtures;
import org.rosetta.memory.MemoryReader;
import org.rosetta.memory.MemoryUnit;
import org.rosetta.memory.TranslationMemory;
import org.rosetta.text.Lang;

/** {@code rosetta align}: an archive of statements into a memory, on the seed statement laid out as an archive. */
class AlignCommandTest {
  @TempDir Path dir;

  /** Two years of the archive: the seed in three languages, the same statement in English and Hebrew, and a Russian file without its English. */
  private Path archive() throws Exception {
    Path archive = dir.resolve("archive");
    Files.createDirectories(archive.resolve("2015/november"));
    Files.createDirectories(archive.resolve("2016"));
    for (Lang lang : Lang.values()) {
      Files.copy(Fixtures.file(lang), archive.resolve("2015/november/putin." + lang.code() + ".txt"));
    }
    Files.copy(Fixtures.file(Lang.EN), archive.resolve("2016/putin.en.txt"));
    Files.copy(Fixtures.file(Lang.HE), archive.resolve("2016/putin.he.txt"));
    Files.writeString(archive.resolve("2016/orphan.ru.txt"), "Министр прибыл в Москву.", StandardCharsets.UTF_8);
    Files.writeString(archive.resolve("2016/notes.txt"), "Not a document of the archive.", StandardCharsets.UTF_8);
    return archive;
  }

  @Test
  void anArchiveBecomesATmxMemoryThatRosettaReadsBack() throws Exception {
    Path memory = dir.resolve("memory.tmx");
    Path summary = dir.resolve("summary.tsv");

    CommandLineRun.Result result = CommandLineRun.launch("align", archive().toString(), "-o", memory.toString(), "--summary", summary.toString());

    assertThat(result.exitCode()).as(result.errorOutput()).isZero();
    String tmx = Files.readString(memory, StandardCharsets.UTF_8);
    TranslationMemory read = MemoryReader.read(memory.toString(), tmx);
    List<MemoryUnit> threeWay = read.units().stream().filter(u -> u.texts().size() == 3).toList();
    assertThat(threeWay).as("the 2015 statement, Russian and Hebrew pairing the same English").hasSizeGreaterThan(10);
    assertThat(read.units()).anyMatch(u -> u.texts().keySet().equals(java.util.Set.of(Lang.EN, Lang.HE)));
    assertThat(read.units()).allMatch(u -> !u.texts().get(Lang.EN).isBlank());
    assertThat(tmx).contains("<prop type=\"x-document\">2015/november/putin</prop>").contains("<prop type=\"x-document\">2016/putin</prop>")
        .contains("<prop type=\"x-ru-shape\">1-1</prop>").doesNotContain("orphan");
    assertThat(result.output()).contains(read.units().size() + " units from 2 documents").contains("1 files have no counterpart");
    List<String> rows = Files.readAllLines(summary, StandardCharsets.UTF_8);
    assertThat(rows.get(0)).startsWith("document\tunits\tru_written\tru_below_threshold\tru_untranslated\tru_omissions\tru_additions\the_written");
    assertThat(rows).hasSize(3).anyMatch(r -> r.startsWith("2016/putin\t") && r.contains("\t\t\t\t\t"));
  }

  /** Each unit is a link the check of the same documents scores at least the threshold: what the memory holds is what check trusts. */
  @Test
  void aTableMemoryHoldsTheConfidentLinksOfTheCheckOfTheSameDocuments() throws Exception {
    Path memory = dir.resolve("memory.tsv");
    Path report = dir.resolve("report.json");
    Path archive = archive();

    assertThat(CommandLineRun.launch("align", archive.toString(), "-o", memory.toString(), "--min-score", "0.5").exitCode()).isZero();
    assertThat(CommandLineRun.launch("check", "--no-detect", "-f", "json", "-o", report.toString(), "--fail-on", "never", archive.resolve("2015/november").toString()).exitCode()).isZero();

    TranslationMemory read = MemoryReader.read(memory.toString(), Files.readString(memory, StandardCharsets.UTF_8));
    com.fasterxml.jackson.databind.JsonNode doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(report.toFile()).path("documents").get(0);
    Map<String, String> sentences = new java.util.HashMap<>();
    doc.path("texts").forEach(t -> t.path("segments").forEach(s -> sentences.put(s.path("id").asText(), s.path("text").asText())));
    long confident = 0;
    for (com.fasterxml.jackson.databind.JsonNode link : doc.path("alignments").path("ru")) {
      if (link.path("score").asDouble() >= 0.5 && !link.path("source").isEmpty() && !link.path("target").isEmpty()) {
        confident++;
        String en = String.join(" ", textsOf(link.path("source"), sentences));
        assertThat(read.units()).as(en).anyMatch(u -> u.texts().get(Lang.EN).equals(en) && u.texts().get(Lang.RU).equals(String.join(" ", textsOf(link.path("target"), sentences))));
      }
    }
    assertThat(read.units().stream().filter(u -> u.texts().containsKey(Lang.RU)).count()).isEqualTo(confident);
  }

  private static List<String> textsOf(com.fasterxml.jackson.databind.JsonNode ids, Map<String, String> sentences) {
    List<String> out = new java.util.ArrayList<>();
    ids.forEach(id -> out.add(sentences.get(id.asText())));
    return out;
  }

  /** One unreadable statement does not cost the archive: it is named and left out. */
  @Test
  void aDocumentThatCannotBeReadIsSkippedAndTheRestIsAligned() throws Exception {
    Path archive = archive();
    Files.writeString(archive.resolve("2016/blank.en.txt"), "The minister arrived.", StandardCharsets.UTF_8);
    Files.writeString(archive.resolve("2016/blank.ru.txt"), "   \n", StandardCharsets.UTF_8);
    Path memory = dir.resolve("memory.tmx");

    CommandLineRun.Result result = CommandLineRun.launch("align", archive.toString(), "-o", memory.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.errorOutput()).containsOnlyOnce("rosetta: warning: skipped 2016/blank: ");
    assertThat(result.output()).contains("from 3 documents").contains("1 documents skipped");
    assertThat(MemoryReader.read(memory.toString(), Files.readString(memory, StandardCharsets.UTF_8)).units()).hasSizeGreaterThan(20);
  }

  @Test
  void whatCannotBeAlignedIsSaidPlainly() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Files.writeString(empty.resolve("alone.ru.txt"), "Министр прибыл.", StandardCharsets.UTF_8);

    CommandLineRun.Result none = CommandLineRun.launch("align", empty.toString(), "-o", dir.resolve("m.tmx").toString());
    assertThat(none.exitCode()).isEqualTo(ExitCodes.INPUT);
    assertThat(none.errorOutput()).contains("holds no document with a translation").contains("1 files have no counterpart").doesNotContain("Exception");
    assertThat(dir.resolve("m.tmx")).doesNotExist();

    Path archive = archive();
    CommandLineRun.Result format = CommandLineRun.launch("align", archive.toString(), "-o", dir.resolve("m.txt").toString());
    assertThat(format.exitCode()).isEqualTo(ExitCodes.INPUT);
    assertThat(format.errorOutput()).contains("--output must end in .tmx, .tsv or .csv");

    assertThat(CommandLineRun.launch("align", archive.toString(), "-o", dir.resolve("m.tmx").toString(), "--min-score", "1.5").errorOutput())
        .contains("--min-score must be between 0 and 1");
  }
}
