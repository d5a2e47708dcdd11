package org.rosetta.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rosetta.account.AccountService;
import org.rosetta.account.RememberedPasswords;
import org.rosetta.account.Roles;

/**
 * Accounts and roles with real credentials (HTTP Basic and the sign-in form), as each role and
 * anonymously: who may do what, and in whose name a decision is recorded.
 */
@QuarkusTest
class AccountApiTest {
  private static final String PASSWORD = "correct horse battery";

  @Inject AccountService accounts;

  @BeforeEach
  void users() {
    for (String role : Roles.ALL) {
      if (accounts.find(role + "-user").isEmpty()) {
        accounts.create(role + "-user", PASSWORD, List.of(role), null);
      }
    }
  }

  private static RequestSpecification as(String role) {
    return given().auth().preemptive().basic(role + "-user", PASSWORD);
  }

  private static long newCheck(String role) {
    return as(role).contentType(ContentType.JSON)
        .body(Map.of("name", "roles", "en", "The minister arrived in Moscow. He met the president.", "ru", "Министр прибыл в Москву. Он встретился с президентом."))
        .post("/api/checks").then().statusCode(201).extract().jsonPath().getLong("id");
  }

  @Test
  void withoutAnAccountOnlyHealthAndTheSignInPageAnswer() {
    given().get("/api/checks").then().statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", containsString("Basic"))
        .body("type", endsWith("unauthorized"));
    given().redirects().follow(false).get("/").then().statusCode(303).header("Location", endsWith("/login"));
    given().redirects().follow(false).get("/checks/1").then().statusCode(303).header("Location", endsWith("/login"));
    given().redirects().follow(false).get("/checks/1/rows?en=0-1").then().statusCode(303).header("Location", endsWith("/login"));
    given().redirects().follow(false).get("/q/openapi").then().statusCode(302);
    given().get("/q/health/live").then().statusCode(200);
    given().get("/login").then().statusCode(200).body(containsString("j_password"));
    given().contentType(ContentType.JSON).body(Map.of("en", "Hello.")).post("/api/checks").then().statusCode(401);
  }

  @Test
  void aWrongPasswordIsA401() {
    given().auth().preemptive().basic("reviewer-user", "not the password at all").get("/api/checks").then().statusCode(401);
    given().auth().preemptive().basic("nobody", PASSWORD).get("/api/checks").then().statusCode(401);
  }

  @Inject RememberedPasswords passwords;

  @Test
  void repeatedFailedSignInsAreSlowedDownUntilOneSucceeds() {
    as(Roles.LEAD).get("/api/checks").then().statusCode(200);
    for (int k = 0; k < 4; k++) {
      given().auth().preemptive().basic("lead-user", "guess number " + k).get("/api/checks").then().statusCode(401);
    }
    assertThat(passwords.delayMillis("lead-user")).isGreaterThan(0);
    assertThat(passwords.delayMillis("reviewer-user")).isZero();

    as(Roles.LEAD).get("/api/checks").then().statusCode(200);
    assertThat(passwords.delayMillis("lead-user")).isZero();
  }

  @Test
  void eachRoleMayDoWhatItsRoleAllows() {
    long id = newCheck(Roles.REVIEWER);
    as(Roles.REVIEWER).get("/api/checks/" + id).then().statusCode(200);
    as(Roles.REVIEWER).get("/api/checks/" + id + "/export?format=csv").then().statusCode(200);
    as(Roles.REVIEWER).delete("/api/checks/" + id).then().statusCode(403)
        .contentType("application/problem+json").body("type", endsWith("forbidden"));
    as(Roles.REVIEWER).multiPart("file", "terms.csv", "concept,lang,term,status\nc1,en,minister,preferred\nc1,ru,министр,preferred\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/glossaries").then().statusCode(403);
    as(Roles.REVIEWER).get("/api/users").then().statusCode(403);

    as(Roles.LEAD).multiPart("file", "terms.csv", "concept,lang,term,status\nc1,en,minister,preferred\nc1,ru,министр,preferred\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/glossaries").then().statusCode(201);
    as(Roles.LEAD).get("/api/users").then().statusCode(403);
    as(Roles.LEAD).delete("/api/checks/" + id).then().statusCode(204);

    as(Roles.ADMIN).get("/api/users").then().statusCode(200).body("username", org.hamcrest.Matchers.hasItem("reviewer-user"));
    as(Roles.ADMIN).delete("/api/checks/" + newCheck(Roles.ADMIN)).then().statusCode(204);
  }

  @Test
  void aDecisionIsRecordedInTheSignedInUsersName() {
    long id = newCheck(Roles.REVIEWER);
    long link = as(Roles.REVIEWER).get("/api/checks/" + id).then().extract().jsonPath().getLong("documents[0].alignments.ru[0].id");

    as(Roles.REVIEWER).contentType(ContentType.JSON).body(Map.of("status", "accepted", "reviewer", "Somebody Else", "version", 0))
        .put("/api/checks/" + id + "/links/" + link).then().statusCode(200).body("reviewer", equalTo("reviewer-user"));
    as(Roles.REVIEWER).get("/api/users/me").then().statusCode(200).body("username", equalTo("reviewer-user")).body("roles", equalTo(List.of("reviewer")));
  }

  @Test
  void anAdminManagesUsersAndADisabledUserIsRefusedAtOnce() {
    as(Roles.ADMIN).contentType(ContentType.JSON).body(Map.of("username", "vera", "password", "short", "roles", List.of("reviewer")))
        .post("/api/users").then().statusCode(400).body("detail", containsString("at least 12"));
    as(Roles.ADMIN).contentType(ContentType.JSON).body(Map.of("username", "vera", "password", "VERA", "roles", List.of("reviewer")))
        .post("/api/users").then().statusCode(400);
    as(Roles.ADMIN).contentType(ContentType.JSON).body(Map.of("username", "vera", "password", "vera-vera-vera", "roles", List.of("boss")))
        .post("/api/users").then().statusCode(400).body("detail", containsString("not a role"));
    if (accounts.find("vera").isEmpty()) {
      as(Roles.ADMIN).contentType(ContentType.JSON).body(Map.of("username", "vera", "password", "vera-password-1", "roles", List.of("reviewer")))
          .post("/api/users").then().statusCode(201).body("createdBy", equalTo("admin-user"));
    }
    as(Roles.ADMIN).contentType(ContentType.JSON).body(Map.of("username", "vera", "password", "vera-password-1", "roles", List.of("reviewer")))
        .post("/api/users").then().statusCode(400).body("detail", containsString("taken"));
    given().auth().preemptive().basic("vera", "vera-password-1").get("/api/checks").then().statusCode(200);

    as(Roles.ADMIN).contentType(ContentType.JSON).body(Map.of("enabled", false)).put("/api/users/vera/enabled").then().statusCode(200);
    given().auth().preemptive().basic("vera", "vera-password-1").get("/api/checks").then().statusCode(401);
    as(Roles.ADMIN).contentType(ContentType.JSON).body(Map.of("enabled", false)).put("/api/users/admin-user/enabled").then().statusCode(400);

    as(Roles.ADMIN).contentType(ContentType.JSON).body(Map.of("enabled", true)).put("/api/users/vera/enabled").then().statusCode(200);
    as(Roles.ADMIN).contentType(ContentType.JSON).body(Map.of("password", "a new password for vera")).put("/api/users/vera/password").then().statusCode(200);
    given().auth().preemptive().basic("vera", "vera-password-1").get("/api/checks").then().statusCode(401);
    given().auth().preemptive().basic("vera", "a new password for vera").get("/api/checks").then().statusCode(200);
    as(Roles.ADMIN).get("/api/users/nobody").then().statusCode(404);
  }

  @Test
  void twoAdminsCreatingOneNameAtOnceGetOneUserAndOneRefusal() {
    List<java.util.concurrent.CompletableFuture<Integer>> both = new java.util.ArrayList<>();
    for (int k = 0; k < 2; k++) {
      both.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> as(Roles.ADMIN).contentType(ContentType.JSON)
          .body(Map.of("username", "twin", "password", "twin-password-1", "roles", List.of("reviewer")))
          .post("/api/users").statusCode()));
    }
    assertThat(both.stream().map(java.util.concurrent.CompletableFuture::join).toList()).containsExactlyInAnyOrder(201, 400);
  }

  @Test
  void theSignInFormGivesASessionThePagesAndTheApiAccept() {
    var signedIn = given().redirects().follow(false).contentType(ContentType.URLENC)
        .formParam("j_username", "reviewer-user").formParam("j_password", PASSWORD)
        .post("/j_security_check");
    assertThat(signedIn.statusCode()).isEqualTo(302);
    Map<String, String> session = signedIn.getCookies();
    assertThat(session).containsKeys("quarkus-credential", "rosetta-session");
    assertThat(signedIn.getHeaders().getValues("Set-Cookie")).allSatisfy(c -> assertThat(c).contains("SameSite=Strict").containsIgnoringCase("HttpOnly"));

    given().cookies(session).get("/api/users/me").then().statusCode(200).body("username", equalTo("reviewer-user"));
    given().cookies(session).get("/").then().statusCode(200).body(containsString("reviewer-user"));

    // A change made with the session must come from this site's pages: another site's form or script is refused.
    Map<String, Object> check = Map.of("name", "by session", "en", "The minister arrived.");
    given().cookies(session).contentType(ContentType.JSON).body(check).post("/api/checks")
        .then().statusCode(403).contentType("application/problem+json").body("type", endsWith("cross-site-request"));
    given().cookies(session).header("Origin", "https://evil.example").contentType(ContentType.JSON).body(check).post("/api/checks")
        .then().statusCode(403).body("detail", containsString("evil.example"));
    String self = io.restassured.RestAssured.baseURI.replaceFirst("/$", "") + ":" + io.restassured.RestAssured.port;
    given().cookies(session).header("Origin", self).contentType(ContentType.JSON).body(check).post("/api/checks").then().statusCode(201);
    given().cookies(session).header("Referer", self + "/").contentType(ContentType.JSON).body(check).post("/api/checks").then().statusCode(201);

    // Credentials beside the cookie do not lift the check: a browser sends remembered ones by itself.
    given().cookies(session).header("Authorization", "Junk").contentType(ContentType.JSON).body(check).post("/api/checks")
        .then().statusCode(403).body("type", endsWith("cross-site-request"));
    given().cookies(session).auth().preemptive().basic("reviewer-user", PASSWORD).contentType(ContentType.JSON).body(check)
        .post("/api/checks").then().statusCode(403);
    given().auth().preemptive().basic("reviewer-user", PASSWORD).header("Origin", "https://evil.example").contentType(ContentType.JSON).body(check)
        .post("/api/checks").then().statusCode(403);
    given().auth().preemptive().basic("reviewer-user", PASSWORD).contentType(ContentType.JSON).body(check).post("/api/checks").then().statusCode(201);

    given().redirects().follow(false).contentType(ContentType.URLENC)
        .formParam("j_username", "reviewer-user").formParam("j_password", "wrong password here")
        .post("/j_security_check").then().statusCode(303).header("Location", endsWith("/sign-in-failed"));
  }

  /** A reviewer of a name no other test uses, with {@link #PASSWORD}. */
  private static String newReviewer(String prefix) {
    String user = prefix + "-" + System.nanoTime();
    as(Roles.ADMIN).contentType(ContentType.JSON).body(Map.of("username", user, "password", PASSWORD, "roles", List.of(Roles.REVIEWER)))
        .post("/api/users").then().statusCode(201);
    return user;
  }

  private static Map<String, String> signIn(String user, String password) {
    var signedIn = given().redirects().follow(false).contentType(ContentType.URLENC)
        .formParam("j_username", user).formParam("j_password", password).post("/j_security_check");
    assertThat(signedIn.statusCode()).isEqualTo(302);
    return signedIn.getCookies();
  }

  /** The page offers a reviewer only what a reviewer may do: no Delete buttons, no memory upload (both refused to the role). */
  @Test
  void thePageOffersEachRoleOnlyWhatItMayDo() {
    newCheck(Roles.REVIEWER);
    Map<String, String> reviewer = signIn(newReviewer("offered"), PASSWORD);
    given().cookies(reviewer).get("/").then().statusCode(200)
        .body(not(containsString("class=\"delete\""))).body(not(containsString("id=\"memory-upload\""))).body(containsString("A lead adds and removes memory files"));
    String leadName = "offered-lead-" + System.nanoTime();
    as(Roles.ADMIN).contentType(ContentType.JSON).body(Map.of("username", leadName, "password", PASSWORD, "roles", List.of(Roles.LEAD)))
        .post("/api/users").then().statusCode(201);
    Map<String, String> lead = signIn(leadName, PASSWORD);
    given().cookies(lead).get("/").then().statusCode(200)
        .body(containsString("class=\"delete\"")).body(containsString("id=\"memory-upload\""));
  }

  @Test
  void signingOutOrANewPasswordEndsEverySessionOfTheUser() {
    String user = newReviewer("sessions");
    String self = io.restassured.RestAssured.baseURI.replaceFirst("/$", "") + ":" + io.restassured.RestAssured.port;

    Map<String, String> laptop = signIn(user, PASSWORD);
    Map<String, String> phone = signIn(user, PASSWORD);
    given().cookies(laptop).get("/api/users/me").then().statusCode(200);
    given().cookies(laptop).header("Origin", self).redirects().follow(false).post("/logout").then().statusCode(303);
    given().cookies(laptop).get("/api/users/me").then().statusCode(401);
    given().cookies(laptop).header("Authorization", "Bearer junk").get("/api/users/me").then().statusCode(401);
    given().cookies(phone).get("/api/users/me").then().statusCode(401);

    Map<String, String> again = signIn(user, PASSWORD);
    given().cookies(again).get("/api/users/me").then().statusCode(200);
    given().cookie("quarkus-credential", again.get("quarkus-credential")).get("/api/users/me").then().statusCode(401);
    as(Roles.ADMIN).contentType(ContentType.JSON).body(Map.of("password", "another horse battery")).put("/api/users/" + user + "/password")
        .then().statusCode(200);
    given().cookies(again).get("/api/users/me").then().statusCode(401);
  }

  @Test
  void aUserChangesTheirOwnPasswordWithTheCurrentOne() {
    String user = newReviewer("own");
    Map<String, String> session = signIn(user, PASSWORD);

    given().auth().preemptive().basic(user, PASSWORD).contentType(ContentType.JSON)
        .body(Map.of("currentPassword", "not my password", "password", "a brand new horse")).put("/api/users/me/password")
        .then().statusCode(400).body("detail", containsString("currentPassword"));
    given().auth().preemptive().basic(user, PASSWORD).contentType(ContentType.JSON)
        .body(Map.of("currentPassword", PASSWORD, "password", "short")).put("/api/users/me/password")
        .then().statusCode(400).body("detail", containsString("at least 12"));
    given().auth().preemptive().basic(user, PASSWORD).contentType(ContentType.JSON)
        .body(Map.of("currentPassword", PASSWORD, "password", "a brand new horse")).put("/api/users/me/password")
        .then().statusCode(204);

    given().auth().preemptive().basic(user, PASSWORD).get("/api/users/me").then().statusCode(401);
    given().auth().preemptive().basic(user, "a brand new horse").get("/api/users/me").then().statusCode(200);
    String token = given().auth().preemptive().basic(user, "a brand new horse").contentType(ContentType.JSON).body(Map.of("name", "script"))
        .post("/api/tokens").then().statusCode(201).extract().jsonPath().getString("token");
    given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
        .body(Map.of("currentPassword", "a brand new horse", "password", "yet another horse")).put("/api/users/me/password")
        .then().statusCode(403);
    given().cookies(session).get("/api/users/me").then().statusCode(401);
    as(Roles.ADMIN).contentType(ContentType.JSON).body(Map.of("username", "me", "password", PASSWORD, "roles", List.of(Roles.REVIEWER)))
        .post("/api/users").then().statusCode(400).body("detail", containsString("\"me\""));
  }

  @Test
  void guessingTheCurrentPasswordIsSlowedDownLikeASignIn() {
    String user = newReviewer("guessed");
    // Someone with the user's session (a laptop left open) guesses the password.
    Map<String, String> session = signIn(user, PASSWORD);
    String self = io.restassured.RestAssured.baseURI.replaceFirst("/$", "") + ":" + io.restassured.RestAssured.port;
    Map<String, Object> guess = Map.of("currentPassword", "a wrong guess", "password", "a brand new horse");
    for (int k = 0; k < 3; k++) {
      given().cookies(session).header("Origin", self).contentType(ContentType.JSON).body(guess).put("/api/users/me/password").then().statusCode(400);
    }
    assertThat(passwords.delayMillis(user)).isPositive();
    given().cookies(session).header("Origin", self).contentType(ContentType.JSON).body(guess).put("/api/users/me/password")
        .then().statusCode(429).body("type", endsWith("too-many-attempts"));
  }

  @Test
  void theSessionCookieIsSecureWhenATrustedProxySaysTheRequestCameOverHttps() {
    var overHttps = given().redirects().follow(false).header("X-Forwarded-Proto", "https").contentType(ContentType.URLENC)
        .formParam("j_username", "reviewer-user").formParam("j_password", PASSWORD)
        .post("/j_security_check");
    assertThat(overHttps.getHeaders().getValues("Set-Cookie")).hasSize(2).allSatisfy(c -> assertThat(c).containsIgnoringCase("Secure"));
    var plain = given().redirects().follow(false).contentType(ContentType.URLENC)
        .formParam("j_username", "reviewer-user").formParam("j_password", PASSWORD)
        .post("/j_security_check");
    assertThat(plain.getHeaders().getValues("Set-Cookie")).hasSize(2).allSatisfy(c -> assertThat(c).doesNotContainIgnoringCase("Secure"));
  }

  @Test
  void aWrongPasswordTakesAsLongForAnUnknownNameAsForAKnownOne() {
    String known = newReviewer("timing");
    String unknown = "no-such-" + System.nanoTime();
    List<Long> knownMillis = new java.util.ArrayList<>();
    List<Long> unknownMillis = new java.util.ArrayList<>();
    // Three tries each: the back-off starts after them.
    for (int k = 0; k < 3; k++) {
      knownMillis.add(given().auth().preemptive().basic(known, "wrong guess " + k).get("/api/checks").then().statusCode(401).extract().time());
      unknownMillis.add(given().auth().preemptive().basic(unknown, "wrong guess " + k).get("/api/checks").then().statusCode(401).extract().time());
    }
    java.util.Collections.sort(knownMillis);
    java.util.Collections.sort(unknownMillis);
    // Before, an unknown name answered before any bcrypt ran: 8 ms against 124 ms.
    assertThat(unknownMillis.get(1)).isGreaterThanOrEqualTo(knownMillis.get(1) / 2);
  }

  @Test
  void twoHundredFailingSignInsAtOnceDoNotKeepAUserOut() throws Exception {
    String user = newReviewer("crowded");
    java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
    String base = io.restassured.RestAssured.baseURI.replaceFirst("/$", "") + ":" + io.restassured.RestAssured.port;
    List<java.util.concurrent.CompletableFuture<java.net.http.HttpResponse<Void>>> flood = new java.util.ArrayList<>();
    for (int k = 0; k < 200; k++) {
      String basic = java.util.Base64.getEncoder().encodeToString(("flood-" + k + "-" + System.nanoTime() + ":wrong password").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      flood.add(client.sendAsync(
          java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/checks")).header("Authorization", "Basic " + basic).build(),
          java.net.http.HttpResponse.BodyHandlers.discarding()));
    }
    // No lockout by address or in all: the user's right password lets them in during the flood.
    // How long it takes under load is measured (docs/performance.md, The service), not asserted: a loaded
    // machine made a time limit here fail.
    given().auth().preemptive().basic(user, PASSWORD).get("/api/users/me").then().statusCode(200);
    for (var f : flood) {
      assertThat(f.get(2, java.util.concurrent.TimeUnit.MINUTES).statusCode()).isEqualTo(401);
    }
  }

  @Test
  void aPasswordLongerThanBcryptReadsIsRefused() {
    String longName = "long-password-" + System.nanoTime();
    as(Roles.ADMIN).contentType(ContentType.JSON)
        .body(Map.of("username", longName, "password", "п".repeat(37), "roles", List.of(Roles.REVIEWER)))
        .post("/api/users").then().statusCode(400).body("detail", containsString("72 bytes"));
    as(Roles.ADMIN).contentType(ContentType.JSON)
        .body(Map.of("username", longName, "password", "п".repeat(36), "roles", List.of(Roles.REVIEWER)))
        .post("/api/users").then().statusCode(201);
  }
}
