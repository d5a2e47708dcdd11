package org.rosetta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;
import org.rosetta.Fixtures;
import org.rosetta.text.Lang;

/**
 * The commands through Quarkus ({@code java -jar quarkus-run.jar check …}, {@link
 * org.rosetta.app.RosettaMain}): the launcher runs them without Quarkus, but this way in stays.
 */
@QuarkusMainTest
@TestProfile(CommandLineProfile.class)
class QuarkusCommandLineTest {
  @Test
  void theSeedIsCheckedThroughQuarkusToo(QuarkusMainLauncher launcher) {
    LaunchResult result =
        launcher.launch(
            "check", "--en", Fixtures.file(Lang.EN).toString(), "--ru", Fixtures.file(Lang.RU).toString(), "--he", Fixtures.file(Lang.HE).toString(), "-g", "glossaries/diplomacy.tbx");

    assertThat(result.exitCode()).as(result.getErrorOutput()).isEqualTo(0);
    assertThat(result.getOutput()).contains("en-ru 22 links").contains("0 errors, 0 warnings");
  }
}
