package org.rosetta.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberRuleTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"1,500|1500", "1 500|1500", "2.5|2.5", "2,5|2.5", "2015|2015", "30 000 000|30000000"})
  void groupingAndDecimalSeparatorsDoNotMatter(String written, String canonical) {
    assertThat(NumberRule.canonical(written)).isEqualTo(canonical);
  }
}
