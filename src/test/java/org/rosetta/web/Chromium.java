package org.rosetta.web;

import java.io.File;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's chromium and chromium-driver, headless, as the browser tests drive them. */
final class Chromium {
  private static final String BINARY = "/usr/bin/chromium";
  private static final String DRIVER = "/usr/bin/chromedriver";

  private Chromium() {}

  /** A new browser; the test is skipped (not passed) where chromium is not installed. */
  static WebDriver start() {
    Assumptions.assumeTrue(
        new File(BINARY).canExecute() && new File(DRIVER).canExecute(),
        "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver; .ci/run does it)");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY);
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,1000",
        "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
    return new ChromeDriver(service, options);
  }

  /**
   * Waits up to 30 s; an element the page re-rendered meanwhile is looked up again on the next
   * try. Chromium reports such an element either as stale or, when the page replaces it between
   * finding it and reading it, as an inspector error ("Node with given id does not belong to the
   * document"); both only mean "look again".
   */
  /**
   * Saves what the browser shows as {@code target/screenshots/NAME.png}: the states of the pages
   * the tests reach, which {@code docs/screenshots/} keeps from a run.
   */
  static void screenshot(WebDriver browser, String name) {
    try {
      java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
      java.nio.file.Files.createDirectories(dir);
      byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
      java.nio.file.Files.write(dir.resolve(name + ".png"), png);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static WebDriverWait waiting(WebDriver browser) {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.ignoring(StaleElementReferenceException.class);
    wait.ignoring(WebDriverException.class);
    return wait;
  }
}
