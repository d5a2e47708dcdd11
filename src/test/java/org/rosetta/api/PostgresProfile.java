package org.rosetta.api;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Runs the application on PostgreSQL instead of the embedded H2: the database kind is a build
 * setting, which a test profile may change because Quarkus builds the application per profile.
 */
public class PostgresProfile implements QuarkusTestProfile {
  static final String URL_VARIABLE = "ROSETTA_TEST_POSTGRES_URL";

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "quarkus.datasource.db-kind", "postgresql",
        "quarkus.datasource.jdbc.url", System.getenv().getOrDefault(URL_VARIABLE, "jdbc:postgresql://localhost:5432/rosetta_test"),
        "quarkus.datasource.username", System.getenv().getOrDefault("ROSETTA_TEST_POSTGRES_USER", "rosetta"),
        "quarkus.datasource.password", System.getenv().getOrDefault("ROSETTA_TEST_POSTGRES_PASSWORD", "rosetta"),
        "quarkus.flyway.clean-at-start", "true",
        "quarkus.flyway.clean-disabled", "false");
  }
}
