package org.rosetta.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rosetta.account.AccountService;
import org.rosetta.account.Roles;

/** Personal API tokens, made with a password sign-in and used as {@code Authorization: Bearer}. */
@QuarkusTest
class TokenApiTest {
  private static final String PASSWORD = "tokens are not passwords";

  @Inject AccountService accounts;

  static {
    io.restassured.RestAssured.registerParser(Problem.MEDIA_TYPE, io.restassured.parsing.Parser.JSON);
  }

  @BeforeEach
  void users() {
    for (String name : List.of("ci-bot", "other-user", "leaving-user")) {
      if (accounts.find(name).isEmpty()) {
        accounts.create(name, PASSWORD, List.of(Roles.REVIEWER), null);
      }
    }
  }

  private static RequestSpecification signedIn(String user) {
    return given().auth().preemptive().basic(user, PASSWORD);
  }

  private static RequestSpecification bearer(String token) {
    return given().header("Authorization", "Bearer " + token);
  }

  private static JsonPath newToken(String user, String name) {
    return signedIn(user).contentType(ContentType.JSON).body(Map.of("name", name)).post("/api/tokens").then().statusCode(201).extract().jsonPath();
  }

  @Test
  void aTokenSignsInAsItsOwnerUntilItIsRevoked() {
    JsonPath made = newToken("ci-bot", "nightly checks");
    String token = made.getString("token");
    assertThat(token).startsWith("rst_").hasSizeGreaterThan(40);

    bearer(token).get("/api/users/me").then().statusCode(200).body("username", equalTo("ci-bot"));
    long check = bearer(token).contentType(ContentType.JSON).body(Map.of("name", "by token", "en", "The minister arrived.", "ru", "Министр прибыл."))
        .post("/api/checks").then().statusCode(201).extract().jsonPath().getLong("id");
    assertThat(signedIn("ci-bot").get("/api/checks/" + check + "/history").then().statusCode(200).extract().jsonPath().getString("events[0].user")).isEqualTo("ci-bot");
    // The owner's role still limits it: a reviewer's token cannot delete.
    bearer(token).delete("/api/checks/" + check).then().statusCode(403);
    // A token cannot make more tokens.
    bearer(token).contentType(ContentType.JSON).body(Map.of("name", "another")).post("/api/tokens").then().statusCode(403).body("title", equalTo("A token cannot make tokens"));

    JsonPath listed = signedIn("ci-bot").get("/api/tokens").then().statusCode(200).extract().jsonPath();
    assertThat(listed.getList("items.name", String.class)).contains("nightly checks");
    assertThat(listed.getString("items[0]")).doesNotContain("rst_");
    assertThat(listed.getString("items.find { it.id == " + made.getLong("id") + " }.lastUsedAt")).isNotNull();

    // Someone else cannot revoke it; its owner can, and it stops working at once.
    signedIn("other-user").delete("/api/tokens/" + made.getLong("id")).then().statusCode(404);
    bearer(token).get("/api/users/me").then().statusCode(200);
    signedIn("ci-bot").delete("/api/tokens/" + made.getLong("id")).then().statusCode(204);
    bearer(token).get("/api/users/me").then().statusCode(401);
    assertThat(signedIn("ci-bot").get("/api/tokens").then().extract().jsonPath().getString("items.find { it.id == " + made.getLong("id") + " }.revokedAt")).isNotNull();
  }

  @Test
  void unknownTokensAndTokensOfDisabledUsersAreRefused() {
    bearer("rst_not-a-token-of-ours").get("/api/users/me").then().statusCode(401).contentType("application/problem+json");
    bearer("something else entirely").get("/api/checks").then().statusCode(401);

    String token = newToken("leaving-user", "laptop").getString("token");
    bearer(token).get("/api/users/me").then().statusCode(200);
    accounts.setEnabled("leaving-user", false, "admin");
    try {
      bearer(token).get("/api/users/me").then().statusCode(401);
    } finally {
      accounts.setEnabled("leaving-user", true, "admin");
    }
  }

  @Test
  void aTokenNeedsAName() {
    signedIn("ci-bot").contentType(ContentType.JSON).body(Map.of("name", " ")).post("/api/tokens").then().statusCode(400).contentType("application/problem+json");
    given().contentType(ContentType.JSON).body(Map.of("name", "anonymous")).post("/api/tokens").then().statusCode(401);
  }
}
