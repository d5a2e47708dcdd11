package org.rosetta.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifest the build writes (quarkus-kubernetes): a Deployment of two replicas
 * that serve, probed by the health checks, with the database and the session key from Secrets,
 * and no separate migration Job (Flyway's lock on PostgreSQL lets the replicas migrate at start).
 */
class KubernetesManifestIT {
  @Test
  void twoReplicasProbedByHealthWithCredentialsFromSecrets() throws Exception {
    Path manifest = Path.of("target", "kubernetes", "kubernetes.yml");
    assertThat(manifest).exists();
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    List<JsonNode> documents = new ArrayList<>();
    try (YAMLParser parser = new YAMLFactory().createParser(Files.readString(manifest))) {
      documents.addAll(yaml.readValues(parser, JsonNode.class).readAll());
    }
    assertThat(documents).extracting(d -> d.path("kind").asText()).contains("Deployment", "Service").doesNotContain("Job");
    JsonNode deployment = documents.stream().filter(d -> d.path("kind").asText().equals("Deployment")).findFirst().orElseThrow();
    assertThat(deployment.at("/spec/replicas").asInt()).isEqualTo(2);
    JsonNode container = deployment.at("/spec/template/spec/containers/0");
    assertThat(container.at("/args/0").asText()).isEqualTo("serve");
    assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
    assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
    Map<String, String> secrets = new HashMap<>();
    container.path("env").forEach(e -> {
      JsonNode ref = e.at("/valueFrom/secretKeyRef");
      if (!ref.isMissingNode()) {
        secrets.put(e.path("name").asText(), ref.path("name").asText() + "/" + ref.path("key").asText());
      }
    });
    assertThat(secrets)
        .containsEntry("QUARKUS_DATASOURCE_JDBC_URL", "rosetta-database/url")
        .containsEntry("QUARKUS_DATASOURCE_USERNAME", "rosetta-database/username")
        .containsEntry("QUARKUS_DATASOURCE_PASSWORD", "rosetta-database/password")
        .containsEntry("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", "rosetta-session/key");
    Map<String, String> values = new HashMap<>();
    container.path("env").forEach(e -> values.put(e.path("name").asText(), e.path("value").asText()));
    assertThat(values).containsEntry("JDK_JAVA_OPTIONS", launcherServiceOptions()).containsEntry("MALLOC_ARENA_MAX", "2");
  }

  /** The JVM options the launcher gives the service by default (its serve line). */
  private static String launcherServiceOptions() throws IOException {
    Matcher m = Pattern.compile("\\$\\{ROSETTA_JAVA_OPTS:-(-Xms[^$]*?) \\$noverify").matcher(Files.readString(Path.of("rosetta")));
    assertThat(m.find()).as("the launcher's serve line").isTrue();
    return m.group(1);
  }
}
