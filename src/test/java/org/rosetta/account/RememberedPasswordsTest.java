package org.rosetta.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The memory of failed sign-ins under a flood of made-up names. */
class RememberedPasswordsTest {
  @Test
  void aFloodOfMadeUpNamesDoesNotResetTheBackOffOfAnAttackedAccount() {
    RememberedPasswords passwords = new RememberedPasswords(null, null);
    for (int k = 0; k < RememberedPasswords.FREE_FAILURES + 1; k++) {
      passwords.failed("admin", true);
    }
    long before = passwords.delayMillis("admin");
    assertThat(before).isPositive();

    for (int k = 0; k < 50_001; k++) {
      passwords.failed("bogus-" + k, false);
    }
    passwords.settle();

    assertThat(passwords.delayMillis("admin")).isEqualTo(before);
  }

  @Test
  void madeUpNamesAreSlowedDownLikeAccounts() {
    RememberedPasswords passwords = new RememberedPasswords(null, null);
    for (int k = 0; k < RememberedPasswords.FREE_FAILURES + 1; k++) {
      passwords.failed("nobody-here", false);
    }

    assertThat(passwords.delayMillis("nobody-here")).isPositive();
    assertThat(passwords.delayMillis("somebody-else")).isZero();
  }

  @Test
  void attemptsSentAtOnceAreSpacedOneDelayApart() {
    RememberedPasswords passwords = new RememberedPasswords(null, null);
    for (int k = 0; k < RememberedPasswords.FREE_FAILURES + 1; k++) {
      passwords.failed("admin", true);
    }
    long step = passwords.delayMillis("admin");

    long first = passwords.reserve("admin");
    long second = passwords.reserve("admin");
    long third = passwords.reserve("admin");

    assertThat(first).isBetween(step - 50, step);
    assertThat(second).isBetween(first + step - 50, first + step);
    assertThat(third).isBetween(second + step - 50, second + step);
    assertThat(passwords.reserve("somebody-else")).isZero();
  }
}
