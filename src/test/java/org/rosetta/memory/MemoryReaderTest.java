package org.rosetta.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.rosetta.text.InputException;
import org.rosetta.text.Lang;

class MemoryReaderTest {
  private static final String TMX =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <tmx version="1.4"><header srclang="en-US" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/>
      <body>
        <tu><tuv xml:lang="en-US"><seg>The Prime Minister met <bpt i="1">&lt;b&gt;</bpt>President Putin<ept i="1">&lt;/b&gt;</ept> in Paris.</seg></tuv>
            <tuv xml:lang="ru-RU"><seg>Премьер-министр встретился с президентом Путиным в Париже.</seg></tuv>
            <tuv xml:lang="he-IL"><seg>ראש הממשלה נפגש עם הנשיא פוטין בפריז.</seg></tuv></tu>
        <tu><tuv lang="EN"><seg>Security &amp; coordination</seg></tuv><tuv lang="iw"><seg>ביטחון ותיאום</seg></tuv></tu>
        <tu><tuv xml:lang="en"><seg>Only English here.</seg></tuv><tuv xml:lang="fr"><seg>Seulement en français.</seg></tuv></tu>
      </body></tmx>
      """;

  @Test
  void tmxUnitsKeepTheirTextWithoutInlineCodesAndAcceptSubtags() {
    TranslationMemory memory = MemoryReader.read("team.tmx", TMX);

    assertThat(memory.units()).hasSize(2);
    MemoryUnit first = memory.units().get(0);
    assertThat(first.texts().get(Lang.EN)).isEqualTo("The Prime Minister met President Putin in Paris.");
    assertThat(first.texts().get(Lang.RU)).startsWith("Премьер-министр");
    assertThat(first.texts().get(Lang.HE)).startsWith("ראש הממשלה");
    assertThat(memory.units().get(1).texts()).containsEntry(Lang.EN, "Security & coordination").containsKey(Lang.HE);
  }

  @Test
  void aTableWithLanguageColumnsLoadsAsItIs() {
    String tsv = "id\ten\tru\the\nGen.1.1\tIn the beginning God created the heaven and the earth.\tВ начале сотворил Бог небо и землю.\tבראשית ברא אלהים את השמים ואת הארץ׃\n"
        + "Gen.1.2\tAnd the earth was without form.\t\t\n";

    TranslationMemory memory = MemoryReader.read("dev.tsv", tsv);

    assertThat(memory.units()).hasSize(1);
    assertThat(memory.units().get(0).texts()).containsOnlyKeys(Lang.EN, Lang.RU, Lang.HE);
  }

  @Test
  void aCsvMemoryQuotesItsCommas() {
    String csv = "EN-GB,ru-RU,note\n\"Moscow, Russia\",\"Москва, Россия\",capital\n";

    TranslationMemory memory = MemoryReader.read("m.csv", csv);

    assertThat(memory.units().get(0).texts()).containsEntry(Lang.EN, "Moscow, Russia").containsEntry(Lang.RU, "Москва, Россия");
  }

  @Test
  void badMemoriesNameTheFileLineAndProblem() {
    assertThatThrownBy(() -> MemoryReader.read("m.tsv", "source\ttarget\nHello\tПривет\n"))
        .isInstanceOf(InputException.class)
        .hasMessage("m.tsv:1: the header must name the language of each column: en and ru and/or he (e.g. id\\ten\\tru\\the)");
    assertThatThrownBy(() -> MemoryReader.read("m.tsv", "en\tru\nHello\tПривет\nBye\n"))
        .hasMessage("m.tsv:3: has 1 columns where the header has 2");
    assertThatThrownBy(() -> MemoryReader.read("m.tmx", "<tmx><body><tu><tuv xml:lang=\"en\"><seg>Hi</seg></tuv></body></tmx>"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("m.tmx:1: is not well-formed XML");
    assertThatThrownBy(() -> MemoryReader.read("m.tmx", TMX.replace("<body>", "<body>").replace("ru-RU", "fr").replace("lang=\"iw\"", "lang=\"de\"").replace("he-IL", "fr")))
        .hasMessage("m.tmx: has no unit that pairs English with Russian or Hebrew");
    assertThatThrownBy(() -> MemoryReader.read("m.xml", "<root/>")).hasMessage("m.xml: is XML but not TMX: it has no <tmx> element");
  }

  @Test
  void aDoctypeIsRefusedBeforeAnyEntityIsRead() {
    String hostile = "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<tmx><body><tu><tuv xml:lang=\"en\"><seg>&x;</seg></tuv></tu></body></tmx>";

    assertThatThrownBy(() -> MemoryReader.read("evil.tmx", hostile))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("evil.tmx:2: has a DOCTYPE declaration");
  }
}
