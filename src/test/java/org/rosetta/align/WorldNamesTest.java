package org.rosetta.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rosetta.text.Lang;

class WorldNamesTest {
  @Test
  void countriesMeetAcrossScriptsInInflectedForms() {
    assertThat(WorldNames.find(Lang.EN, "The Prime Minister returned from France.")).containsExactly("country:FR");
    assertThat(WorldNames.find(Lang.RU, "Премьер-министр вернулся из Франции.")).containsExactly("country:FR");
    assertThat(WorldNames.find(Lang.HE, "ראש הממשלה חזר מצרפת.")).containsExactly("country:FR");
    assertThat(WorldNames.find(Lang.HE, "ויעלו ממצרים")).containsExactly("country:EG");
    assertThat(WorldNames.find(Lang.HE, "הַנָּשִׂיא בְּרוּסְיָה")).containsExactly("country:RU");
  }

  @Test
  void datesMeetAcrossScripts() {
    assertThat(WorldNames.find(Lang.EN, "Paris, Monday, November 30, 2015")).containsExactly("weekday:2", "month:11");
    assertThat(WorldNames.find(Lang.RU, "Париж, понедельник, 30 ноября 2015 года")).containsExactly("weekday:2", "month:11");
    assertThat(WorldNames.find(Lang.HE, "פריז, יום שני, 30 בנובמבר 2015")).containsExactly("weekday:2", "month:11");
  }

  @Test
  void wordsSpelledLikeNamesAreNotNames() {
    assertThat(WorldNames.find(Lang.EN, "We may meet again.")).isEmpty();
    assertThat(WorldNames.find(Lang.RU, "Он ждал того же.")).isEmpty();
  }
}
