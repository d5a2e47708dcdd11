package org.rosetta.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rosetta.Fixtures;
import org.rosetta.account.AccountService;
import org.rosetta.account.Roles;
import org.rosetta.text.Lang;

/**
 * axe-core, the accessibility engine, run inside Chromium on every page a translator uses: the
 * sign-in, the upload page with the list of checks, a review of the seed with a forbidden term and
 * decisions on it, and the account page. No serious or critical violation may remain. The engine
 * is npm's {@code axe-core} 4.14.1, which {@code .ci/run} unpacks and names in
 * {@code ROSETTA_TEST_AXE}; without it (a developer's machine) the test does not run.
 */
@QuarkusTest
@EnabledIfEnvironmentVariable(named = "ROSETTA_TEST_AXE", matches = ".+axe(\\.min)?\\.js")
class AccessibilityBrowserTest extends BrowserTest {
  @Inject AccountService accounts;

  @Test
  void noPageHasASeriousOrCriticalViolation() throws IOException {
    String axe = Files.readString(Path.of(System.getenv("ROSETTA_TEST_AXE")));
    if (accounts.find("Ada").isEmpty()) {
      accounts.create("Ada", "ada-password-12", List.of(Roles.ADMIN), null);
    }
    browser.get(root.toString());
    assertThat(violations(axe)).as("sign-in page").isEmpty();

    browser.findElement(By.id("j_username")).sendKeys("Ada");
    browser.findElement(By.id("j_password")).sendKeys("ada-password-12");
    browser.findElement(By.cssSelector("#sign-in button[type=submit]")).click();
    Chromium.waiting(browser).until(ExpectedConditions.urlToBe(root.toString()));
    assertThat(violations(axe)).as("upload page").isEmpty();

    JavascriptExecutor js = (JavascriptExecutor) browser;
    browser.findElement(By.id("name")).sendKeys("Accessible");
    js.executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id("en")), Fixtures.text(Lang.EN));
    js.executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id("ru")), Fixtures.text(Lang.RU).replace("двусторонних отношений", "билатеральных отношений"));
    js.executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id("he")), Fixtures.text(Lang.HE));
    browser.findElement(By.id("glossary-file")).sendKeys(Path.of("glossaries/diplomacy.tbx").toAbsolutePath().toString());
    browser.findElement(By.id("submit")).click();
    Chromium.waiting(browser).until(ExpectedConditions.urlMatches("/checks/[0-9]+$"));
    browser.findElement(By.cssSelector("li.finding[data-rule='terminology.forbidden'] .confirm-finding")).click();
    Chromium.waiting(browser).until(d -> d.findElement(By.cssSelector("#scorecard-ru .result")).getText().equals("FAIL"));
    assertThat(violations(axe)).as("review page").isEmpty();

    browser.get(root + "account");
    assertThat(violations(axe)).as("account page").isEmpty();
    browser.findElement(By.id("sign-out")).click();
  }

  /** The serious and critical violations axe finds on the page as it is, each with where. */
  @SuppressWarnings("unchecked")
  private List<String> violations(String axe) {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    js.executeScript(axe);
    return (List<String>)
        js.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, { resultTypes: ['violations'] }).then((r) => done(r.violations"
                + ".filter((v) => v.impact === 'serious' || v.impact === 'critical')"
                + ".map((v) => v.impact + ' ' + v.id + ': ' + v.help + ' at ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ') + ' (' + v.nodes.length + ')')));");
  }
}
