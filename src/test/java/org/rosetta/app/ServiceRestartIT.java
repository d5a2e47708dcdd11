package org.rosetta.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service as a user runs it: the built application started by the {@code rosetta} launcher
 * with the embedded database in a data folder. A reviewer's verdict must still be there after the
 * service is stopped and started again. Runs after packaging ({@code mvn verify}).
 */
class ServiceRestartIT {
  private static final Duration START_LIMIT = Duration.ofSeconds(90);

  /** The first admin's password, given at the first start as a new install would. */
  private static final String ADMIN_PASSWORD = "restart-test-password";

  @TempDir Path data;

  private static io.restassured.specification.RequestSpecification signedIn(String base) {
    return given().baseUri(base).auth().preemptive().basic("admin", ADMIN_PASSWORD);
  }

  private Process service;
  private Path log;
  private int starts;

  @AfterEach
  void stop() throws InterruptedException {
    if (service != null) {
      service.destroy();
      service.waitFor();
    }
  }

  @Test
  void aVerdictSurvivesARestart() throws Exception {
    int port = freePort();
    String base = start(port);
    JsonPath check =
        signedIn(base).contentType(ContentType.JSON)
            .body(Map.of("name", "restart", "en", "The minister arrived in Moscow. He met the president.",
                "ru", "Министр прибыл в Москву. Он встретился с президентом."))
            .post("/api/checks").then().statusCode(201).extract().jsonPath();
    long id = check.getLong("id");
    Object linkId = check.getList("documents[0].alignments.ru.id").get(0);
    signedIn(base).contentType(ContentType.JSON)
        .body(Map.of("status", "accepted", "reviewer", "Anna", "version", 0))
        .put("/api/checks/" + id + "/links/" + linkId).then().statusCode(200);

    service.destroy();
    assertThat(service.waitFor()).as("the service stops cleanly on SIGTERM; log: %s", log).isIn(0, 143);
    base = start(port);

    JsonPath again = signedIn(base).get("/api/checks/" + id).then().statusCode(200).extract().jsonPath();
    List<Map<String, Object>> links = again.getList("documents[0].alignments.ru");
    assertThat(links.get(0)).containsEntry("id", linkId).containsEntry("status", "accepted").containsEntry("reviewer", "admin");
    assertThat(again.getInt("review.accepted")).isEqualTo(1);
    assertThat(signedIn(base).get("/checks/" + id).then().statusCode(200).extract().asString())
        .as("the review page shows the verdict").contains("data-link=\"" + linkId + "\"").contains("accepted by admin");
  }

  /**
   * A verdict answered 200 is on disk: the service killed with SIGKILL right after a stream of
   * verdicts comes back with every one of them (the embedded database used to keep the last
   * second of commits in memory).
   */
  @Test
  void noAnsweredVerdictIsLostToAKill() throws Exception {
    int port = freePort();
    String base = start(port);
    Map<String, Object> seed = new java.util.HashMap<>();
    seed.put("name", "kill");
    for (org.rosetta.text.Lang lang : org.rosetta.text.Lang.values()) {
      seed.put(lang.code(), org.rosetta.Fixtures.text(lang));
    }
    JsonPath check = signedIn(base).contentType(ContentType.JSON).body(seed).post("/api/checks").then().statusCode(201).extract().jsonPath();
    long id = check.getLong("id");
    List<Object> answered = new java.util.ArrayList<>();
    for (String lang : List.of("ru", "he")) {
      for (Object linkId : check.getList("documents[0].alignments." + lang + ".id")) {
        signedIn(base).contentType(ContentType.JSON)
            .body(Map.of("status", "accepted", "reviewer", "Anna", "version", 0))
            .put("/api/checks/" + id + "/links/" + linkId).then().statusCode(200);
        answered.add(linkId);
      }
    }

    service.destroyForcibly();
    service.waitFor();
    base = start(port);

    JsonPath again = signedIn(base).get("/api/checks/" + id).then().statusCode(200).extract().jsonPath();
    List<Object> accepted = new java.util.ArrayList<>();
    for (String lang : List.of("ru", "he")) {
      List<Map<String, Object>> links = again.getList("documents[0].alignments." + lang);
      links.stream().filter(l -> "accepted".equals(l.get("status"))).forEach(l -> accepted.add(l.get("id")));
    }
    assertThat(answered).hasSizeGreaterThan(30);
    assertThat(accepted).as("verdicts after the kill").containsExactlyInAnyOrderElementsOf(answered);
  }

  /** Starts {@code ./rosetta serve} on the port with the test's data folder; returns its address once it answers. */
  private String start(int port) throws IOException, InterruptedException {
    Path launcher = Path.of("rosetta").toAbsolutePath();
    assertThat(launcher.resolveSibling("target/quarkus-app/quarkus-run.jar")).as("built application").exists();
    log = Path.of("target", "service-restart-" + (++starts) + ".log").toAbsolutePath();
    ProcessBuilder builder = new ProcessBuilder("sh", launcher.toString(), "serve").redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("ROSETTA_DATA", data.toString());
    builder.environment().put("ROSETTA_ADMIN_PASSWORD", ADMIN_PASSWORD);
    builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
    service = builder.start();
    String base = "http://127.0.0.1:" + port;
    HttpClient client = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + START_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      assertThat(service.isAlive()).as("service exited early; log:%n%s", Files.readString(log)).isTrue();
      try {
        HttpResponse<Void> live =
            client.send(HttpRequest.newBuilder(URI.create(base + "/q/health/live")).build(), HttpResponse.BodyHandlers.discarding());
        if (live.statusCode() == 200) {
          return base;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new AssertionError("service did not answer within " + START_LIMIT + "; log:\n" + Files.readString(log));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
