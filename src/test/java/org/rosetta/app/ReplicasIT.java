package org.rosetta.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two replicas of the service on one PostgreSQL, started together on an empty database, as two
 * pods of a Deployment would be: the schema is migrated once and the first admin made once; a
 * check made on one is reviewed on the other; two reviewers deciding one link at once on both get
 * one success and one conflict; a session signed in on one is valid on the other (shared session
 * key). Runs the PostgreSQL build verify makes where a test database is given (.ci/run).
 */
@EnabledIfEnvironmentVariable(named = "ROSETTA_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class ReplicasIT {
  private static final Duration START_LIMIT = Duration.ofSeconds(120);
  private static final String ADMIN_PASSWORD = "replica-test-password";
  /** Both replicas encrypt sessions with this key, as a Secret would give it to every pod. */
  private static final String SESSION_KEY = "replica-test-session-key-0123456789";
  private static final String URL = System.getenv("ROSETTA_TEST_POSTGRES_URL");
  private static final String USER = System.getenv().getOrDefault("ROSETTA_TEST_POSTGRES_USER", "rosetta");
  private static final String PASSWORD = System.getenv().getOrDefault("ROSETTA_TEST_POSTGRES_PASSWORD", "rosetta");

  @TempDir Path data;

  private final List<Process> replicas = new ArrayList<>();

  @AfterEach
  void stop() throws InterruptedException {
    for (Process replica : replicas) {
      replica.destroy();
      replica.waitFor();
    }
  }

  private static RequestSpecification admin(String base) {
    return given().baseUri(base).auth().preemptive().basic("admin", ADMIN_PASSWORD);
  }

  @Test
  void twoReplicasShareChecksReviewsAndSessions() throws Exception {
    emptyDatabase();
    int portA = freePort();
    int portB = freePort();
    Process a = launch("a", portA);
    Process b = launch("b", portB);
    String baseA = awaitLive(a, portA, "a");
    String baseB = awaitLive(b, portB, "b");

    assertThat(query("select count(*) from flyway_schema_history where success and version is not null"))
        .as("each migration applied once").isEqualTo(query("select count(distinct version) from flyway_schema_history where version is not null"));
    assertThat(query("select count(*) from account")).as("one first admin").isEqualTo(1);

    JsonPath check = admin(baseA).contentType(ContentType.JSON)
        .body(Map.of("name", "replicas", "en", "The minister arrived in Moscow. He met the president.", "ru", "Министр прибыл в Москву. Он встретился с президентом."))
        .post("/api/checks").then().statusCode(201).extract().jsonPath();
    long id = check.getLong("id");
    JsonPath onB = admin(baseB).get("/api/checks/" + id).then().statusCode(200).extract().jsonPath();
    assertThat(onB.getString("name")).isEqualTo("replicas");

    Object linkId = onB.getList("documents[0].alignments.ru.id").get(0);
    Map<String, Object> verdict = Map.of("status", "accepted", "version", 0);
    CompletableFuture<Integer> onA = CompletableFuture.supplyAsync(
        () -> admin(baseA).contentType(ContentType.JSON).body(verdict).put("/api/checks/" + id + "/links/" + linkId).statusCode());
    CompletableFuture<Integer> onBoth = CompletableFuture.supplyAsync(
        () -> admin(baseB).contentType(ContentType.JSON).body(verdict).put("/api/checks/" + id + "/links/" + linkId).statusCode());
    assertThat(List.of(onA.join(), onBoth.join())).containsExactlyInAnyOrder(200, 409);
    assertThat(admin(baseA).get("/api/checks/" + id + "/history").then().statusCode(200).extract().jsonPath().getList("events.action", String.class))
        .containsExactly("created", "verdict");

    var signedIn = given().baseUri(baseA).redirects().follow(false).contentType(ContentType.URLENC)
        .formParam("j_username", "admin").formParam("j_password", ADMIN_PASSWORD).post("/j_security_check");
    String session = signedIn.getCookie("quarkus-credential");
    assertThat(session).isNotBlank();
    given().baseUri(baseB).cookie("quarkus-credential", session).get("/api/users/me").then().statusCode(200);
  }

  private Process launch(String name, int port) throws IOException {
    Path app = Path.of("target", "postgresql", "quarkus-run.jar").toAbsolutePath();
    assertThat(app).as("the PostgreSQL build (pom.xml, profile postgresql-replicas)").exists();
    Path log = Path.of("target", "replica-" + name + ".log").toAbsolutePath();
    ProcessBuilder builder = new ProcessBuilder("java", "-Xmx320m", "-jar", app.toString(), "serve").redirectErrorStream(true).redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.put("QUARKUS_DATASOURCE_JDBC_URL", URL);
    env.put("QUARKUS_DATASOURCE_USERNAME", USER);
    env.put("QUARKUS_DATASOURCE_PASSWORD", PASSWORD);
    env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
    env.put("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", SESSION_KEY);
    env.put("ROSETTA_ADMIN_PASSWORD", ADMIN_PASSWORD);
    env.put("ROSETTA_DATA", data.resolve(name).toString());
    Process process = builder.start();
    replicas.add(process);
    return process;
  }

  private static String awaitLive(Process process, int port, String name) throws IOException, InterruptedException {
    Path log = Path.of("target", "replica-" + name + ".log").toAbsolutePath();
    String base = "http://127.0.0.1:" + port;
    HttpClient client = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + START_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      assertThat(process.isAlive()).as("replica %s exited early; log:%n%s", name, Files.readString(log)).isTrue();
      try {
        HttpResponse<Void> live = client.send(HttpRequest.newBuilder(URI.create(base + "/q/health/live")).build(), HttpResponse.BodyHandlers.discarding());
        if (live.statusCode() == 200) {
          return base;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new AssertionError("replica " + name + " did not answer within " + START_LIMIT + "; log:\n" + Files.readString(log));
  }

  /** An empty database, as a new install has: the API tests before left their schema there. */
  private static void emptyDatabase() throws Exception {
    try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD); Statement statement = connection.createStatement()) {
      statement.execute("drop schema public cascade");
      statement.execute("create schema public");
    }
  }

  private static long query(String sql) throws Exception {
    try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
