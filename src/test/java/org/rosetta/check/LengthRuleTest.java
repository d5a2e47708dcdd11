package org.rosetta.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rosetta.lexicon.Lexicons;
import org.rosetta.text.Lang;
import org.rosetta.text.Span;

class LengthRuleTest {
  private static final String[][] PAIRS = {
    {"We are satisfied with the progress of bilateral relations.", "Мы удовлетворены развитием двусторонних отношений."},
    {"I remember our detailed talk when you visited me in Moscow.", "Я помню нашу обстоятельную беседу во время вашего визита ко мне в Москву."},
    {"It’s a very good and bright holiday that symbolizes the victory.", "Это очень добрый и светлый праздник, который символизирует победу."},
    {"I hope that Israel and Russia can see eye to eye on all the strategic matters.", "Я надеюсь, что Израиль и Россия смогут прийти к единому мнению."},
    {"Very many dramatic developments have been happening globally.", "В мире происходит очень много драматических событий."},
    {"I’m very satisfied by the fact that our militaries have been very careful to coordinate.", "Я доволен."},
  };

  @Test
  void aTranslationFarShorterThanTheDocumentsNormIsReported() {
    CheckContext context = OneToOne.context(Lang.RU, PAIRS, Lexicons.NONE);

    List<Finding> findings = new LengthRule().check(context);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.rule().id()).isEqualTo("length.outlier");
      assertThat(f.segments()).extracting(Object::toString).containsExactly("en-6", "ru-6");
      assertThat(f.message()).contains("shorter");
    });
  }

  @Test
  void aSentenceCutShortIsReportedThoughItKeepsHalfItsWords() {
    String[][] pairs = PAIRS.clone();
    pairs[5] = new String[] {"I’m very satisfied by the fact that our militaries have been very careful to coordinate.", "Я очень доволен тем, что наши военные"};

    assertThat(OneToOne.check(new LengthRule(), Lang.RU, pairs)).singleElement().satisfies(f -> {
      assertThat(f.segments()).extracting(Object::toString).containsExactly("en-6", "ru-6");
      assertThat(f.message()).contains("shorter").contains("cut short");
    });
  }

  /** Genesis 1:1–12 (KJV, Synodal, Leningrad Codex): verses the built-in lexicon learned from, so it knows every word. */
  private static final String[][] GENESIS = {
    {"In the beginning God created the heaven and the earth.", "В начале сотворил Бог небо и землю.", "בראשית ברא אלהים את השמים ואת הארץ׃"},
    {"And the earth was without form, and void; and darkness was upon the face of the deep.", "Земля же была безвидна и пуста, и тьма над бездною.", "והארץ היתה תהו ובהו וחשך על פני תהום׃"},
    {"And God said, Let there be light: and there was light.", "И сказал Бог: да будет свет. И стал свет.", "ויאמר אלהים יהי אור ויהי אור׃"},
    {"And God saw the light, that it was good: and God divided the light from the darkness.", "И увидел Бог свет, что он хорош, и отделил Бог свет от тьмы.", "וירא אלהים את האור כי טוב ויבדל אלהים בין האור ובין החשך׃"},
    {"And God called the light Day, and the darkness he called Night.", "И назвал Бог свет днем, а тьму ночью.", "ויקרא אלהים לאור יום ולחשך קרא לילה׃"},
    {"And God said, Let there be a firmament in the midst of the waters, and let it divide the waters from the waters.", "И сказал Бог: да будет твердь посреди воды, и да отделяет она воду от воды.", "ויאמר אלהים יהי רקיע בתוך המים ויהי מבדיל בין מים למים׃"},
    {"And God called the firmament Heaven.", "И назвал Бог твердь небом.", "ויקרא אלהים לרקיע שמים׃"},
    {"And God said, Let the waters under the heaven be gathered together unto one place, and let the dry land appear.", "И сказал Бог: да соберется вода, которая под небом, в одно место, и да явится суша.", "ויאמר אלהים יקוו המים מתחת השמים אל מקום אחד ותראה היבשה׃"},
    {"And God called the dry land Earth; and the gathering together of the waters called he Seas.", "И назвал Бог сушу землею, а собрание вод назвал морями.", "ויקרא אלהים ליבשה ארץ ולמקוה המים קרא ימים׃"},
    {"And the earth brought forth grass, and herb yielding seed after his kind, and the tree yielding fruit, whose seed was in itself.", "И произвела земля зелень, траву, сеющую семя по роду ее, и дерево, приносящее плод, в котором семя его.", "ותוצא הארץ דשא עשב מזריע זרע למינהו ועץ עשה פרי אשר זרעו בו׃"},
  };

  private static String[][] genesis(Lang lang, int verse, String cut) {
    int column = lang == Lang.RU ? 1 : 2;
    String[][] pairs = new String[GENESIS.length][];
    for (int k = 0; k < GENESIS.length; k++) {
      pairs[k] = new String[] {GENESIS[k][0], k == verse ? cut : GENESIS[k][column]};
    }
    return pairs;
  }

  @Test
  void aCompleteTranslationRaisesNothingWithTheLexicon() {
    for (Lang lang : new Lang[] {Lang.RU, Lang.HE}) {
      assertThat(OneToOne.check(new LengthRule(), lang, genesis(lang, -1, null), Lexicons.NONE.withBuiltIn())).as(lang.code()).isEmpty();
    }
  }

  /**
   * A verse cut short, its English going on with words the lexicon knows and nothing in the
   * translation renders: reported with those words, whether or not length alone would have
   * flagged it (the second is too little shorter than the rest for that).
   */
  @ParameterizedTest
  @CsvSource({
    "he, 7, 'ויאמר אלהים יקוו המים מתחת השמים׃', 'one place, and let the dry land appear', true",
    "ru, 7, 'И сказал Бог: да соберется вода в одно место.', 'dry land appear', false",
    "ru, 9, 'И произвела земля зелень, траву.', 'yielding seed after his kind, and the tree yielding fruit, whose seed was in itself', true",
  })
  void aTranslationThatStopsEarlyIsReportedWithTheWordsItLeavesOut(String code, int verse, String cut, String missing, boolean byLength) {
    Lang lang = Lang.of(code);
    assertThat(OneToOne.check(new LengthRule(), lang, genesis(lang, verse, cut))).as("length alone").hasSize(byLength ? 1 : 0);

    List<Finding> findings = OneToOne.check(new LengthRule(), lang, genesis(lang, verse, cut), Lexicons.NONE.withBuiltIn());

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo(RuleId.TRANSLATION_INCOMPLETE);
      assertThat(f.segments()).extracting(Object::toString).containsExactly("en-" + (verse + 1), code + "-" + (verse + 1));
      assertThat(f.expected()).isEqualTo(missing);
      assertThat(f.message()).contains("stops before its English does");
      Span english = f.spans().get(0);
      assertThat(GENESIS[verse][0].substring(english.start() - verse * 1000, english.end() - verse * 1000)).isEqualTo(missing);
      assertThat(f.spans().get(1).segment()).hasToString(code + "-" + (verse + 1));
    });
  }

  /**
   * The limit of judging words by a lexicon: an English word said twice is rendered by the one
   * word the cut translation kept ("called" by назвал), and the run of words left out stops there.
   */
  @Test
  void aWordTheEnglishRepeatsEndsTheWordsLeftOut() {
    List<Finding> findings = OneToOne.check(new LengthRule(), Lang.RU, genesis(Lang.RU, 8, "И назвал Бог сушу землею."), Lexicons.NONE.withBuiltIn());

    assertThat(findings).singleElement().satisfies(f -> assertThat(f.rule()).isEqualTo(RuleId.LENGTH_OUTLIER));
  }

  @Test
  void aTranslationThatRendersItsEndDifferentlyIsNotCalledIncomplete() {
    // The same verse rendered shorter but whole: "divide the waters" is still there.
    String whole = "И сказал Бог: да будет твердь, и да отделяет она воды.";

    assertThat(OneToOne.check(new LengthRule(), Lang.RU, genesis(Lang.RU, 5, whole), Lexicons.NONE.withBuiltIn())).isEmpty();
  }

  /** FLORES sentences cut short where only the last word tells: a preposition or a conjunction with nothing after it. */
  @ParameterizedTest(name = "{1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "They often have more autonomy as their teams may meet according to varying time zones.|RU|Они обычно более автономны, ведь их команды могут встречаться в соответствии с.|с",
        "Virgin have only purchased the good bank of Northern Rock, not the asset management company.|RU|Конгломерат Virgin приобрел только \"хороший банк\" Northern Rock, а.|а",
        "To the north is the town of Sintra, made famous by a glowing account of Lord Byron.|HE|במרחק קצר לכיוון צפון תוכלו למצוא את העיירה סינטרה שנודעה לזרים בעקבות.|בעקבות",
      })
  void aTranslationEndingOnAWordThatLeadsOnIsCutShort(String english, Lang lang, String translation, String word) {
    String[][] pairs = PAIRS.clone();
    pairs[5] = new String[] {english, translation};
    if (lang == Lang.HE) {
      pairs = hebrew(pairs);
    }

    assertThat(OneToOne.check(new LengthRule(), lang, pairs)).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo(RuleId.TRANSLATION_INCOMPLETE);
      assertThat(f.found()).isEqualTo(word);
      assertThat(f.message()).contains("ends on \"" + word + "\"");
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Gothic style peaked between the 10th and 14th centuries.|Готический стиль достиг расцвета в период между X–XI вв. и XIV в.",
        "It offers a theoretical throughput of 600 Mbit/s.|Он обеспечивает теоретическую пропускную способность в 600 Мбит/с.",
        "Do not deface the place by adding graffiti to the objects around.|Не оскверняйте это место, нанося граффити на объекты вокруг.",
      })
  void abbreviationsAndAdverbsEndSentencesWell(String english, String translation) {
    String[][] pairs = PAIRS.clone();
    pairs[5] = new String[] {english, translation};

    assertThat(OneToOne.check(new LengthRule(), Lang.RU, pairs)).isEmpty();
  }

  /** The document's other sentences in Hebrew, so that the norm is Hebrew's. */
  private static String[][] hebrew(String[][] pairs) {
    String[] he = {
      "אנו מרוצים מההתקדמות ביחסים הדו-צדדיים.",
      "אני זוכר את שיחתנו המפורטת כשביקרת אותי במוסקבה.",
      "זה חג טוב ומואר מאוד שמסמל את הניצחון.",
      "אני מקווה שישראל ורוסיה יוכלו להסכים בכל העניינים האסטרטגיים.",
      "התפתחויות דרמטיות רבות מאוד מתרחשות בעולם.",
    };
    String[][] out = pairs.clone();
    for (int k = 0; k < he.length; k++) {
      out[k] = new String[] {pairs[k][0], he[k]};
    }
    return out;
  }

  @Test
  void aStatementTooShortForANormOfItsOwnIsJudgedAgainstItsBatchs() {
    CheckContext alone = OneToOne.context(Lang.RU, Arrays.copyOfRange(PAIRS, 3, PAIRS.length), Lexicons.NONE);
    // The norm of the five complete pairs above: Russian about as long as its English.
    CheckContext inBatch = alone.withLengthNorms(Map.of(Lang.RU, new LengthNorm(0.05, 0.12, 500)));

    assertThat(new LengthRule().check(alone)).isEmpty();
    assertThat(new LengthRule().check(inBatch)).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo(RuleId.LENGTH_OUTLIER);
      assertThat(f.segments()).extracting(Object::toString).containsExactly("en-3", "ru-3");
    });
  }

  @Test
  void aBatchsNormIsItsMedianAndSpreadNotMovedByOutliers() {
    LengthNorm norm = LengthNorm.of(new double[] {0.1, 0.12, 0.08, 0.11, 0.09, -1.5, 2.0});

    assertThat(norm.median()).isEqualTo(0.1);
    assertThat(norm.spread()).isCloseTo(1.4826 * 0.02, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(norm.links()).isEqualTo(7);
  }
}
