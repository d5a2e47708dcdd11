package org.rosetta.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameSkeletonTest {
  @ParameterizedTest(name = "{0} = {1} = {2}")
  @CsvSource({"Abraham, Авраам, אברהם", "Israel, Израиль, ישראל", "Netanyahu, Нетаньяху, נתניהו", "Putin, Путин, פוטין", "Jacob, Иаков, יעקב"})
  void namesMeetAcrossScripts(String english, String russian, String hebrew) {
    String skeleton = NameSkeleton.of(english);
    assertThat(NameSkeleton.of(russian)).isEqualTo(skeleton);
    assertThat(NameSkeleton.of(hebrew)).isEqualTo(skeleton);
  }
}
