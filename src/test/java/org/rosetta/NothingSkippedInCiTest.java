package org.rosetta;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * In CI ({@code CI=true}, as {@code .ci/run} is run) every test that skips itself where a part is
 * missing must run: the browser tests need Debian's chromium, the PostgreSQL tests a database,
 * the accessibility test axe-core. A build where one of them silently skipped would stay green
 * while testing less; this one fails it instead, naming what is missing.
 */
@EnabledIfEnvironmentVariable(named = "CI", matches = "true")
class NothingSkippedInCiTest {
  @Test
  void everyPartTheTestsSkipWithoutIsThere() {
    assertThat(Files.isExecutable(Path.of("/usr/bin/chromium")) && Files.isExecutable(Path.of("/usr/bin/chromedriver")))
        .as("chromium and chromium-driver (the browser tests)")
        .isTrue();
    assertThat(System.getenv("ROSETTA_TEST_POSTGRES_URL")).as("ROSETTA_TEST_POSTGRES_URL (the PostgreSQL tests)").startsWith("jdbc:postgresql:");
    String axe = System.getenv("ROSETTA_TEST_AXE");
    assertThat(axe).as("ROSETTA_TEST_AXE (the accessibility test)").isNotBlank();
    assertThat(Files.isRegularFile(Path.of(axe))).as(axe + " exists").isTrue();
  }
}
