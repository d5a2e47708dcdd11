package org.rosetta.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.rosetta.Fixtures;
import org.rosetta.text.Lang;

/**
 * The service on PostgreSQL under faults: fifty clients uploading at once for a minute get no
 * error, and a database restarted under it fails requests cleanly (503 problem+json, nothing
 * half-stored) until it is back, after which the service serves again without being restarted.
 */
@EnabledIfEnvironmentVariable(named = "ROSETTA_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class DatabaseFaultsIT {
  /** 60 s as the issue asks; ROSETTA_FAULT_SECONDS shortens it for a quick local run. */
  private static final int STORM_SECONDS = Integer.parseInt(System.getenv().getOrDefault("ROSETTA_FAULT_SECONDS", "60"));
  private static final int CLIENTS = 50;

  @TempDir Path data;

  private PostgresService service;
  private String base;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @BeforeEach
  void start() throws Exception {
    PostgresService.emptyDatabase();
    service = PostgresService.launch("faults", data);
    base = service.awaitLive();
  }

  @AfterEach
  void stop() throws InterruptedException {
    service.close();
  }

  private HttpRequest.Builder request(String path) {
    String basic = Base64.getEncoder().encodeToString(("admin:" + PostgresService.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).header("Authorization", "Basic " + basic);
  }

  private static String seedJson(String name) {
    StringBuilder json = new StringBuilder("{\"name\":\"" + name + "\"");
    for (Lang lang : Lang.values()) {
      json.append(",\"").append(lang.code()).append("\":\"").append(escape(Fixtures.text(lang))).append('"');
    }
    return json.append('}').toString();
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return out.toString();
  }

  private int post(String body) throws IOException, InterruptedException {
    return client.send(request("/api/checks").header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  @Test
  void fiftyClientsUploadingAtOnceGetNoError() throws Exception {
    String body = seedJson("storm");
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    long until = System.nanoTime() + Duration.ofSeconds(STORM_SECONDS).toNanos();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      running.add(clients.submit(() -> {
        while (System.nanoTime() < until) {
          int status;
          try {
            status = post(body);
          } catch (IOException e) {
            status = -1;
          }
          statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        }
        return null;
      }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    clients.shutdown();
    Map<Integer, Integer> counted = new TreeMap<>();
    statuses.forEach((status, n) -> counted.put(status, n.get()));
    System.out.printf("%d clients for %d s: %s%n", CLIENTS, STORM_SECONDS, counted);
    assertThat(counted).as("answers by status; log:%n%s", service.log()).containsOnlyKeys(201);
    assertThat(PostgresService.query("select count(*) from check_run")).isEqualTo(counted.get(201).longValue());
  }

  @Test
  void aDatabaseRestartFailsRequestsCleanlyAndTheServiceRecovers() throws Exception {
    String cluster = clusterOfTestDatabase();
    String body = seedJson("restart");
    assertThat(post(body)).isEqualTo(201);
    long before = PostgresService.query("select count(*) from check_run");

    pgCtl("stop", cluster);
    try {
      HttpResponse<String> list = client.send(request("/api/checks").GET().build(), HttpResponse.BodyHandlers.ofString());
      assertThat(list.statusCode()).as(list.body()).isEqualTo(503);
      assertThat(list.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      assertThat(list.headers().firstValue("Retry-After")).isPresent();
      assertThat(post(body)).isEqualTo(503);
      assertThat(client.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).build(), HttpResponse.BodyHandlers.discarding()).statusCode())
          .as("not ready without its database").isEqualTo(503);
    } finally {
      pgCtl("start", cluster);
    }

    int status = 0;
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline && status != 201) {
      status = post(body);
      assertThat(status).as("while the database comes back: 503 or success, never a 500").isIn(201, 503);
      if (status != 201) {
        Thread.sleep(500);
      }
    }
    assertThat(status).as("the service serves again without a restart; log:%n%s", service.log()).isEqualTo(201);
    for (int k = 0; k < 10; k++) {
      assertThat(post(body)).isEqualTo(201);
    }
    assertThat(PostgresService.query("select count(*) from check_run")).as("nothing half-stored during the outage").isEqualTo(before + 11);
  }

  /** The local cluster (Debian's pg_ctlcluster) serving the test database's port, or the test is skipped. */
  private static String clusterOfTestDatabase() throws Exception {
    int port = URI.create(PostgresService.URL.substring("jdbc:".length())).getPort();
    Process list;
    try {
      list = new ProcessBuilder("pg_lsclusters", "-h").redirectErrorStream(true).start();
    } catch (IOException e) {
      Assumptions.abort("pg_lsclusters is not available: the database cannot be restarted from here");
      return null;
    }
    String out = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    list.waitFor();
    for (String line : out.split("\n")) {
      String[] f = line.trim().split("\\s+");
      if (f.length >= 3 && f[2].equals(String.valueOf(port == -1 ? 5432 : port))) {
        return f[0] + " " + f[1];
      }
    }
    Assumptions.abort("no local cluster serves port " + port);
    return null;
  }

  private static void pgCtl(String action, String cluster) throws Exception {
    String[] versionAndName = cluster.split(" ");
    Process p = new ProcessBuilder("pg_ctlcluster", versionAndName[0], versionAndName[1], action).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    Assumptions.assumeTrue(p.waitFor() == 0, "pg_ctlcluster " + action + " failed (not allowed here?): " + out);
  }
}
