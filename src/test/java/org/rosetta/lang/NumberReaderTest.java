package org.rosetta.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberReaderTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"1,500|1500", "1 500|1500", "1\u00A0500|1500", "1\u202F500|1500", "2.5|2.5", "2,5|2.5", "2015|2015", "30 000 000|30000000"})
  void groupingAndDecimalSeparatorsDoNotMatter(String written, String value) {
    assertThat(NumberReader.read(written)).singleElement().satisfies(n -> {
      assertThat(n.value()).isEqualTo(value);
      assertThat(n.text()).isEqualTo(written);
    });
  }

  @Test
  void numbersApartStayApart() {
    assertThat(NumberReader.read("в 2015 году, 3, 4 и 5 декабря; 3:16"))
        .extracting(WrittenNumber::value)
        .containsExactly("2015", "3", "4", "5", "3", "16");
  }

  @Test
  void spacesGroupThousandsOnlyInThreesAndDecimalsLoseTrailingZeros() {
    assertThat(NumberReader.read("the 2008 400 list, a par-3 16th hole, 3.50 m, 15.00 UTC"))
        .extracting(WrittenNumber::value)
        .containsExactly("2008", "400", "3", "16", "3.5", "15");
  }
}
