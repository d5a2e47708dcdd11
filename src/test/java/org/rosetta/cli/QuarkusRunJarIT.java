package org.rosetta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.rosetta.Fixtures;
import org.rosetta.text.Lang;

/**
 * The commands through the built jar ({@code java -jar quarkus-run.jar check …}), as a user
 * without the launcher runs them: they go to the command line without starting the service.
 * Runs after packaging ({@code mvn verify}).
 */
class QuarkusRunJarIT {
  @Test
  void theSeedIsCheckedThroughTheJarToo() throws Exception {
    Path jar = Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath();
    assertThat(jar).as("built application").exists();
    Process run =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(), "check",
                "--en", Fixtures.file(Lang.EN).toString(), "--ru", Fixtures.file(Lang.RU).toString(), "--he", Fixtures.file(Lang.HE).toString(),
                "-g", "glossaries/diplomacy.tbx")
            .redirectErrorStream(true)
            .start();
    String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(run.exitValue()).as(output).isEqualTo(0);
    assertThat(output).contains("en-ru 22 links").contains("0 errors, 0 warnings").doesNotContain("Exception");
  }
}
