package org.rosetta.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rosetta.account.AccountService;
import org.rosetta.account.Roles;

/**
 * Users of an organisation's OpenID Connect provider call the API with the provider's tokens: the
 * token's groups are their roles, decisions are recorded in their name, and the service's own
 * accounts (Basic, API tokens) keep working beside them.
 */
@QuarkusTest
@TestProfile(OidcProfile.class)
@WithTestResource(OidcWiremockTestResource.class)
class OidcApiTest {
  static {
    io.restassured.RestAssured.registerParser(Problem.MEDIA_TYPE, io.restassured.parsing.Parser.JSON);
  }

  @Inject AccountService accounts;

  private static RequestSpecification as(String user, String... roles) {
    return given().auth().oauth2(OidcWiremockTestResource.getAccessToken(user, Set.of(roles)));
  }

  @Test
  void theProvidersUsersActWithTheRolesTheirTokensCarry() {
    as("olga", Roles.REVIEWER).get("/api/users/me").then().statusCode(200).body("username", equalTo("olga")).body("roles", hasItem("reviewer"));
    long id = as("olga", Roles.REVIEWER).contentType(ContentType.JSON)
        .body(Map.of("name", "via keycloak", "en", "The minister arrived in Moscow.", "ru", "Министр прибыл в Москву."))
        .post("/api/checks").then().statusCode(201).extract().jsonPath().getLong("id");
    assertThat(as("olga", Roles.REVIEWER).get("/api/checks/" + id + "/history").then().statusCode(200).extract().jsonPath().getString("events[0].user"))
        .isEqualTo("olga");
    as("olga", Roles.REVIEWER).delete("/api/checks/" + id).then().statusCode(403);
    as("pavel", Roles.LEAD).delete("/api/checks/" + id).then().statusCode(204);
    as("guest").get("/api/checks").then().statusCode(403);
    // This service's API tokens stand for its own accounts: a provider's user is told to use the provider's.
    as("olga", Roles.REVIEWER).contentType(ContentType.JSON).body(Map.of("name", "ci")).post("/api/tokens")
        .then().statusCode(400).body("detail", org.hamcrest.Matchers.containsString("use that provider's tokens"));
  }

  @Test
  void aForgedTokenIsRefusedAndTheServicesOwnAccountsStillWork() {
    given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJodHRwczovL3NlcnZlci5leGFtcGxlLmNvbSIsInVwbiI6Im1hbGxvcnkifQ.c2lnbmF0dXJl")
        .get("/api/checks").then().statusCode(401);

    if (accounts.find("local-user").isEmpty()) {
      accounts.create("local-user", "local password 12", List.of(Roles.REVIEWER), null);
    }
    given().auth().preemptive().basic("local-user", "local password 12").get("/api/users/me").then().statusCode(200).body("username", equalTo("local-user"));
    String token = given().auth().preemptive().basic("local-user", "local password 12").contentType(ContentType.JSON).body(Map.of("name", "beside oidc"))
        .post("/api/tokens").then().statusCode(201).extract().jsonPath().getString("token");
    given().auth().oauth2(token).get("/api/users/me").then().statusCode(200).body("username", equalTo("local-user"));
  }
}
