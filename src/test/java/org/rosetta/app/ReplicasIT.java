package org.rosetta.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Path;

/**
 * Two replicas of the service on one PostgreSQL, started together on an empty database, as two
 * pods of a Deployment would be: the schema is migrated once and the first admin made once; a
 * check made on one is reviewed on the other; two reviewers deciding one link at once on both get
 * one success and one conflict; a session signed in on one is valid on the other (shared session
 * key). Runs the PostgreSQL build verify makes where a test database is given (.ci/run).
 */
@EnabledIfEnvironmentVariable(named = "ROSETTA_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class ReplicasIT {
  @TempDir Path data;

  private final List<PostgresService> replicas = new ArrayList<>();

  @AfterEach
  void stop() throws InterruptedException {
    for (PostgresService replica : replicas) {
      replica.close();
    }
  }

  static RequestSpecification admin(String base) {
    return given().baseUri(base).auth().preemptive().basic("admin", PostgresService.ADMIN_PASSWORD);
  }

  @Test
  void twoReplicasShareChecksReviewsAndSessions() throws Exception {
    PostgresService.emptyDatabase();
    PostgresService a = PostgresService.launch("a", data);
    replicas.add(a);
    PostgresService b = PostgresService.launch("b", data);
    replicas.add(b);
    String baseA = a.awaitLive();
    String baseB = b.awaitLive();

    assertThat(PostgresService.query("select count(*) from flyway_schema_history where success and version is not null"))
        .as("each migration applied once")
        .isEqualTo(PostgresService.query("select count(distinct version) from flyway_schema_history where version is not null"));
    assertThat(PostgresService.query("select count(*) from account")).as("one first admin").isEqualTo(1);

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
        .formParam("j_username", "admin").formParam("j_password", PostgresService.ADMIN_PASSWORD).post("/j_security_check");
    Map<String, String> session = signedIn.getCookies();
    assertThat(session).containsKeys("quarkus-credential", "rosetta-session");
    given().baseUri(baseB).cookies(session).get("/api/users/me").then().statusCode(200);
    // Signing out on one replica ends the session on the other: the session version is in the database.
    given().baseUri(baseA).cookies(session).header("Origin", baseA).redirects().follow(false).post("/logout").then().statusCode(303);
    given().baseUri(baseB).cookies(session).get("/api/users/me").then().statusCode(401);
  }
}
