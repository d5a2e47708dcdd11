package org.rosetta.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rosetta.api.OidcProfile;

/**
 * A user of an organisation's OpenID Connect provider signs in to the pages through it, in a real
 * browser: the sign-in page offers the provider, the provider (quarkus-test-oidc-server's WireMock
 * Keycloak, whose login page has one button and signs in "alice" with the groups user and admin)
 * sends the browser back signed in, and signing out ends the session.
 */
@QuarkusTest
@TestProfile(OidcProfile.class)
@WithTestResource(OidcWiremockTestResource.class)
class OidcSignInBrowserTest extends BrowserTest {
  @Test
  void aUserSignsInThroughTheOrganisationsProviderAndOut() {
    browser.get(root.toString());
    Chromium.waiting(browser).until(ExpectedConditions.urlContains("/login"));
    assertThat(browser.findElement(By.id("sign-in-acme")).getText()).isEqualTo("Sign in with ACME Keycloak");

    browser.findElement(By.id("sign-in-acme")).click();
    // The provider's own login page.
    Chromium.waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("login"))).click();

    Chromium.waiting(browser).until(ExpectedConditions.urlToBe(root.toString()));
    assertThat(browser.findElement(By.id("user")).getText()).isEqualTo("alice");
    assertThat(browser.findElement(By.tagName("h2")).getText()).isNotBlank();

    browser.findElement(By.id("sign-out")).click();
    Chromium.waiting(browser).until(ExpectedConditions.urlContains("signed-out"));
    browser.get(root.toString());
    Chromium.waiting(browser).until(ExpectedConditions.urlContains("/login"));
  }
}
