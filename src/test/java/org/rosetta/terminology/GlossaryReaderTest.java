package org.rosetta.terminology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosetta.Fixtures;
import org.rosetta.text.InputException;
import org.rosetta.text.Lang;

class GlossaryReaderTest {

  @Test
  void theTbxAndCsvGlossariesOfTheRepositoryAreTheSame() {
    Glossary csv = GlossaryReader.read("diplomacy.csv", Fixtures.read(Path.of("glossaries/diplomacy.csv")));
    Glossary tbx = GlossaryReader.read("diplomacy.tbx", Fixtures.read(Path.of("glossaries/diplomacy.tbx")));

    assertThat(tbx).isEqualTo(csv);
    assertThat(csv.concepts()).hasSizeGreaterThanOrEqualTo(30);
    Concept islam = csv.concepts().stream().filter(c -> c.id().equals("militant-islam")).findFirst().orElseThrow();
    assertThat(islam.terms(Lang.RU))
        .extracting(Term::text, Term::status)
        .contains(
            org.assertj.core.groups.Tuple.tuple("воинствующий ислам", TermStatus.PREFERRED),
            org.assertj.core.groups.Tuple.tuple("милитантный ислам", TermStatus.DEPRECATED));
  }

  @Test
  void tabSeparatedGlossariesLoad() {
    Glossary g = GlossaryReader.read("g.tsv", "concept\tlang\tterm\tstatus\nc1\ten\tPrime Minister\t\nc1\tru\tпремьер-министр\tpreferred\n");

    assertThat(g.concepts()).singleElement().satisfies(c -> assertThat(c.approved(Lang.RU)).hasSize(1));
  }

  @Test
  void aBrokenRowIsNamedByLine() {
    String csv = "concept,lang,term,status\nc1,en,Paris,preferred\nc1,ru,Париж\n";

    assertThatThrownBy(() -> GlossaryReader.read("g.csv", csv))
        .isInstanceOf(InputException.class)
        .hasMessage("g.csv:3: has 3 columns where the header has 4");
  }

  @Test
  void unknownLanguagesAndStatusesAreNamed() {
    assertThatThrownBy(() -> GlossaryReader.read("g.csv", "concept,lang,term\nc1,en,Paris\nc1,xx,Paris\n"))
        .hasMessage("g.csv:3: unknown language code 'xx' (expected en, ru or he)");
    assertThatThrownBy(() -> GlossaryReader.read("g.csv", "concept,lang,term,status\nc1,en,Paris,maybe\n"))
        .hasMessageContaining("g.csv:2: unknown term status 'maybe'");
  }

  @Test
  void derivedFormsAreOnForNamesAndSwitchablePerConcept() {
    Glossary csv =
        GlossaryReader.read(
            "g.csv",
            "concept,lang,term,status,pos,derived\nisrael,en,Israel,,,\nwar,en,war,,,\nwar,ru,война,,,yes\negypt,en,Egypt,,,no\n");
    String tbx =
        """
        <tbx xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
        <conceptEntry id="israel"><descrip type="derivedForms">no</descrip>
          <langSec xml:lang="en"><termSec><term>Israel</term></termSec></langSec></conceptEntry>
        <conceptEntry id="state"><langSec xml:lang="en"><termSec><term>state</term>
          <termNote type="partOfSpeech">properNoun</termNote></termSec></langSec></conceptEntry>
        </body></text></tbx>
        """;

    assertThat(csv.concepts()).extracting(Concept::id, Concept::derivedForms)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("israel", true),
            org.assertj.core.groups.Tuple.tuple("war", true),
            org.assertj.core.groups.Tuple.tuple("egypt", false));
    assertThat(GlossaryReader.read("g.tbx", tbx).concepts()).extracting(Concept::derivedForms).containsExactly(false, true);
  }

  @Test
  void aBadDerivedFormsValueIsNamedByLine() {
    assertThatThrownBy(() -> GlossaryReader.read("g.csv", "concept,lang,term,derived\nc1,en,Paris,maybe\n"))
        .hasMessage("g.csv:2: derived forms of concept 'c1' are 'maybe' (expected yes or no)");
    assertThatThrownBy(() -> GlossaryReader.read("g.csv", "concept,lang,term,derived\nc1,en,Paris,yes\nc1,ru,Париж,no\n"))
        .hasMessage("g.csv:3: concept 'c1' both admits and refuses derived forms");
  }

  @Test
  void aConceptWithoutEnglishIsRefused() {
    assertThatThrownBy(() -> GlossaryReader.read("g.csv", "concept,lang,term\nc1,en,Paris\nc2,ru,Москва\n"))
        .hasMessage("g.csv:3: concept 'c2' has no approved English term");
  }

  @Test
  void malformedXmlIsNamedByLine() {
    String tbx = "<tbx>\n<text><body>\n<conceptEntry id=\"c1\">\n<langSec xml:lang=\"en\"><termSec><term>Paris</term></termSec>\n</body></text></tbx>\n";

    assertThatThrownBy(() -> GlossaryReader.read("g.tbx", tbx))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("g.tbx:5: is not well-formed XML");
  }

  @Test
  void externalEntitiesAreRefusedAndNeverRead(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET");
    String tbx =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE tbx [<!ENTITY x SYSTEM \""
            + secret.toUri()
            + "\">]>\n<tbx><text><body><conceptEntry id=\"c1\"><langSec xml:lang=\"en\"><termSec><term>&x;</term></termSec></langSec></conceptEntry></body></text></tbx>";

    assertThatThrownBy(() -> GlossaryReader.read("evil.tbx", tbx))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("evil.tbx:2: has a DOCTYPE declaration")
        .hasMessageNotContaining("TOP-SECRET");
  }

  @Test
  void tbxVersionTwoLoadsToo() {
    String tbx =
        "<martif type=\"TBX\"><text><body><termEntry id=\"paris\">"
            + "<langSet xml:lang=\"en\"><tig><term>Paris</term></tig></langSet>"
            + "<langSet xml:lang=\"he\"><tig><term>פריז</term><termNote type=\"administrativeStatus\">preferredTerm-admn-sts</termNote></tig></langSet>"
            + "</termEntry></body></text></martif>";

    Glossary g = GlossaryReader.read("old.tbx", tbx);

    assertThat(g.concepts()).singleElement().satisfies(c -> assertThat(c.approved(Lang.HE)).extracting(Term::text).containsExactly("פריז"));
  }
}
