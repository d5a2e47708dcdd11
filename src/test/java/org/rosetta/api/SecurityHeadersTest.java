package org.rosetta.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rosetta.account.Roles;

/** Headers every answer carries, and the script policy of the pages. */
@QuarkusTest
@TestSecurity(user = "Anna", roles = Roles.REVIEWER)
class SecurityHeadersTest {

  @Test
  void everyAnswerRefusesSniffingFramingAndReferrers() {
    for (String path : new String[] {"/", "/api/checks", "/q/health/live"}) {
      given().get(path).then()
          .header("X-Content-Type-Options", equalTo("nosniff"))
          .header("X-Frame-Options", equalTo("DENY"))
          .header("Referrer-Policy", equalTo("same-origin"));
    }
  }

  @Test
  void thePagesRunOnlyTheServersOwnScript() {
    long id =
        given().contentType(ContentType.JSON)
            .body(Map.of("name", "headers", "en", "The minister arrived in Moscow.", "ru", "Министр прибыл в Москву."))
            .post("/api/checks").then().statusCode(201).extract().jsonPath().getLong("id");
    for (String page : new String[] {"/", "/checks/" + id, "/account", "/login", "/sign-in-failed"}) {
      given().redirects().follow(false).get(page).then()
          .header("Content-Security-Policy", containsString("script-src 'self'"))
          .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }
    given().get("/api/checks/" + id).then().statusCode(200).header("Content-Security-Policy", nullValue());
  }

  @Test
  void pagesAndDataAreNeverCachedButTheStyleMayBe() {
    long id =
        given().contentType(ContentType.JSON)
            .body(Map.of("name", "cache", "en", "The minister arrived in Moscow.", "ru", "Министр прибыл в Москву."))
            .post("/api/checks").then().statusCode(201).header("Cache-Control", equalTo("no-store")).extract().jsonPath().getLong("id");
    for (String path : new String[] {"/", "/checks/" + id, "/account", "/login", "/api/checks/" + id, "/api/checks/" + id + "/export?format=csv"}) {
      given().redirects().follow(false).get(path).then().header("Cache-Control", equalTo("no-store"));
    }
    given().get("/rosetta.css").then().statusCode(200).header("Cache-Control", not(equalTo("no-store")));
  }

  @Test
  void strictTransportSecurityIsSent() {
    given().get("/api/checks").then().header("Strict-Transport-Security", containsString("max-age="));
  }

  @Test
  void malformedJsonIsLocated() {
    given().contentType(ContentType.JSON).body("{\"name\": \"x\", \"en\": ").post("/api/checks").then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", containsString("malformed-json"))
        .body("detail", containsString("line 1"));
  }
}
