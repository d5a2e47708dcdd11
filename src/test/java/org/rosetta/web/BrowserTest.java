package org.rosetta.web;

import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.WebDriver;

/** A test class that drives the pages in one Chromium ({@link Chromium}), started before its tests and quit after them. */
abstract class BrowserTest {
  static WebDriver browser;

  @TestHTTPResource("/")
  URL root;

  @BeforeAll
  static void startBrowser() {
    browser = Chromium.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
      browser = null;
    }
  }
}
