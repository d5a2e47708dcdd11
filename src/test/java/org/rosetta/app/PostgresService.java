package org.rosetta.app;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Map;

/**
 * The PostgreSQL build of the service (target/postgresql, made by verify where a test database is
 * given) run as a process on the test database, as a replica in production runs.
 */
final class PostgresService implements AutoCloseable {
  static final String URL = System.getenv("ROSETTA_TEST_POSTGRES_URL");
  static final String USER = System.getenv().getOrDefault("ROSETTA_TEST_POSTGRES_USER", "rosetta");
  static final String PASSWORD = System.getenv().getOrDefault("ROSETTA_TEST_POSTGRES_PASSWORD", "rosetta");
  static final String ADMIN_PASSWORD = "replica-test-password";
  /** Every replica encrypts sessions with this key, as a Secret would give it to every pod. */
  static final String SESSION_KEY = "replica-test-session-key-0123456789";
  private static final Duration START_LIMIT = Duration.ofSeconds(120);

  private final Process process;
  private final Path log;
  private final String base;

  private PostgresService(Process process, Path log, String base) {
    this.process = process;
    this.log = log;
    this.base = base;
  }

  /** Starts a replica; {@link #awaitLive} waits for it, so several can start together. */
  static PostgresService launch(String name, Path data) throws IOException {
    Path app = Path.of("target", "postgresql", "quarkus-run.jar").toAbsolutePath();
    assertThat(app).as("the PostgreSQL build (pom.xml, profile postgresql-replicas)").exists();
    Path log = Path.of("target", "replica-" + name + ".log").toAbsolutePath();
    int port = freePort();
    ProcessBuilder builder = new ProcessBuilder("java", "-Xmx320m", "-jar", app.toString(), "serve").redirectErrorStream(true).redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.put("QUARKUS_DATASOURCE_JDBC_URL", URL);
    env.put("QUARKUS_DATASOURCE_USERNAME", USER);
    env.put("QUARKUS_DATASOURCE_PASSWORD", PASSWORD);
    env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
    env.put("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", SESSION_KEY);
    env.put("ROSETTA_ADMIN_PASSWORD", ADMIN_PASSWORD);
    env.put("ROSETTA_DATA", data.resolve(name).toString());
    return new PostgresService(builder.start(), log, "http://127.0.0.1:" + port);
  }

  /** Waits until the replica answers; returns its address. */
  String awaitLive() throws IOException, InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + START_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      assertThat(process.isAlive()).as("replica exited early; log:%n%s", Files.readString(log)).isTrue();
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
    throw new AssertionError("replica did not answer within " + START_LIMIT + "; log:\n" + Files.readString(log));
  }

  String log() throws IOException {
    return Files.readString(log);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    process.waitFor();
  }

  /** An empty database, as a new install has: the API tests before left their schema there. */
  static void emptyDatabase() throws Exception {
    try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD); Statement statement = connection.createStatement()) {
      statement.execute("drop schema public cascade");
      statement.execute("create schema public");
    }
  }

  static long query(String sql) throws Exception {
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
