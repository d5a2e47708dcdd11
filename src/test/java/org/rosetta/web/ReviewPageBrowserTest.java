package org.rosetta.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rosetta.Fixtures;
import org.rosetta.account.AccountService;
import org.rosetta.account.Roles;
import org.rosetta.document.DocumentReaderTest;
import org.rosetta.document.TestDocuments;
import org.rosetta.text.Lang;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The web page in a real browser (Debian's chromium and chromium-driver, headless): upload the
 * seed with a forbidden term, review side by side, accept, reload, export.
 */
@QuarkusTest
class ReviewPageBrowserTest extends BrowserTest {
  private WebDriverWait waiting() {
    return Chromium.waiting(browser);
  }

  private void type(String id, String text) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(id)), text);
  }

  /** Checks the seed's English and Russian as the upload form sends them, and opens the review. */
  private void reviewTheSeed(String name) {
    browser.get(root.toString());
    browser.findElement(By.id("name")).sendKeys(name);
    type("en", Fixtures.text(Lang.EN));
    type("ru", Fixtures.text(Lang.RU));
    browser.findElement(By.id("submit")).click();
    waiting().until(ExpectedConditions.urlMatches("/checks/[0-9]+$"));
  }

  /** A control of a link, once the reviewer is on the link: the page puts them there only. */
  private WebElement control(WebElement link, String selector) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].focus();", link);
    WebElement control = waiting().until(d -> link.findElements(By.cssSelector(selector)).stream().findFirst().orElse(null));
    waiting().until(d -> control.isDisplayed());
    return control;
  }

  @Inject AccountService accounts;

  @Inject org.rosetta.review.Dismissals dismissals;

  /** Dismissals are the team's, shared by every check: a test that stops halfway leaves none behind for the next. */
  @org.junit.jupiter.api.AfterEach
  void forgetDismissals() {
    dismissals.list().forEach(d -> dismissals.delete(d.id));
  }

  /** Signs in as Anna (a lead: she also uploads memories) by the sign-in form, unless the browser already is. */
  @BeforeEach
  void signIn() {
    if (accounts.find("Anna").isEmpty()) {
      accounts.create("Anna", "anna-password-1", List.of(Roles.LEAD), null);
    }
    browser.get(root.toString());
    if (browser.getCurrentUrl().contains("/login")) {
      browser.findElement(By.id("j_username")).sendKeys("Anna");
      browser.findElement(By.id("j_password")).sendKeys("anna-password-1");
      browser.findElement(By.cssSelector("#sign-in button[type=submit]")).click();
      waiting().until(ExpectedConditions.urlToBe(root.toString()));
    }
    assertThat(browser.findElement(By.id("user")).getText()).isEqualTo("Anna");
  }

  @Test
  void aUserMakesAndRevokesATokenOnTheAccountPage() {
    browser.findElement(By.id("account-link")).click();
    waiting().until(ExpectedConditions.urlContains("/account"));
    assertThat(browser.findElements(By.id("users"))).as("a lead sees no user administration").isEmpty();
    browser.findElement(By.id("token-name")).sendKeys("browser token");
    browser.findElement(By.id("token-submit")).click();
    String token = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("token-value"))).getText();
    assertThat(token).startsWith("rst_");

    browser.navigate().refresh();
    WebElement row = browser.findElements(By.cssSelector("#token-list tbody tr")).stream()
        .filter(r -> r.getText().contains("browser token")).reduce((a, b) -> b).orElseThrow();
    row.findElement(By.cssSelector("button.revoke-token")).click();
    browser.switchTo().alert().accept();
    waiting().until(d -> d.findElements(By.cssSelector("#token-list tbody tr")).stream()
        .anyMatch(r -> r.getText().contains("browser token") && r.getText().contains("revoked")));
  }

  @Test
  void anAdminAddsAndDisablesAUserOnTheAccountPage() {
    if (accounts.find("Boss").isEmpty()) {
      accounts.create("Boss", "boss-password-12", List.of(Roles.ADMIN), null);
    }
    browser.findElement(By.id("sign-out")).click();
    waiting().until(ExpectedConditions.urlContains("/login"));
    browser.findElement(By.id("j_username")).sendKeys("Boss");
    browser.findElement(By.id("j_password")).sendKeys("boss-password-12");
    browser.findElement(By.cssSelector("#sign-in button[type=submit]")).click();
    waiting().until(ExpectedConditions.urlToBe(root.toString()));
    try {
      browser.get(root + "account");
      String name = "Carl" + System.nanoTime() % 100_000;
      browser.findElement(By.id("new-username")).sendKeys(name);
      browser.findElement(By.id("new-password")).sendKeys("short");
      browser.findElement(By.id("user-submit")).click();
      assertThat(waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("form-error"))).getText()).contains("12");

      browser.findElement(By.id("new-password")).clear();
      browser.findElement(By.id("new-password")).sendKeys("carl-password-12");
      browser.findElement(By.id("user-submit")).click();
      By carl = By.cssSelector("#user-list tr[data-user='" + name + "']");
      assertThat(waiting().until(ExpectedConditions.visibilityOfElementLocated(carl)).getText()).contains("reviewer").contains("enabled");
      browser.findElement(carl).findElement(By.cssSelector("button.toggle-user")).click();
      waiting().until(d -> d.findElement(carl).findElement(By.cssSelector(".status")).getText().equals("disabled"));
      assertThat(accounts.isDisabled(name)).isTrue();
    } finally {
      browser.findElement(By.id("sign-out")).click();
      waiting().until(ExpectedConditions.urlContains("/login"));
    }
  }

  @Test
  void aWrongPasswordIsRefusedAndSigningOutEndsTheSession() {
    browser.findElement(By.id("sign-out")).click();
    waiting().until(ExpectedConditions.urlContains("/login"));
    browser.get(root.toString());
    assertThat(browser.getCurrentUrl()).endsWith("/login");
    browser.findElement(By.id("j_username")).sendKeys("Anna");
    browser.findElement(By.id("j_password")).sendKeys("not her password");
    browser.findElement(By.cssSelector("#sign-in button[type=submit]")).click();
    assertThat(waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-error"))).getText()).contains("wrong");
  }

  @Test
  void aTranslatorUploadsReviewsReloadsAndExports() throws Exception {
    browser.get(root.toString());
    browser.findElement(By.id("name")).sendKeys("Browser review");
    String script = "He said <script>document.title='pwned'</script> nothing more.";
    type("en", Fixtures.text(Lang.EN) + "\n\n" + script + "\n");
    type("ru", Fixtures.text(Lang.RU).replace("двусторонних отношений", "билатеральных отношений"));
    type("he", Fixtures.text(Lang.HE));
    browser.findElement(By.id("glossary-file")).sendKeys(Path.of("glossaries/diplomacy.tbx").toAbsolutePath().toString());
    browser.findElement(By.id("submit")).click();

    waiting().until(ExpectedConditions.urlMatches("/checks/[0-9]+$"));
    assertThat(browser.getTitle()).startsWith("Browser review");

    List<String> headers = browser.findElements(By.cssSelector("table.review thead th")).stream().map(WebElement::getText).toList();
    assertThat(headers).containsExactly("#", "English", "Russian", "Hebrew");
    List<WebElement> hebrew = browser.findElements(By.cssSelector("td.target[lang=he]"));
    assertThat(hebrew).isNotEmpty().allSatisfy(td -> assertThat(td.getAttribute("dir")).isEqualTo("rtl"));
    assertThat(hebrew.get(1).getText()).contains("נתניהו");

    WebElement forbidden = browser.findElement(By.cssSelector("mark.finding[data-rule='terminology.forbidden']"));
    assertThat(forbidden.getText()).startsWith("билатеральн");
    assertThat(forbidden.getAttribute("title")).contains("terminology.forbidden");
    WebElement suggestion = browser.findElement(By.cssSelector("li.finding[data-rule='terminology.forbidden'] button.suggestion"));
    assertThat(suggestion.getText()).isEqualTo("двусторонних отношений");
    // The page's clipboard is watched rather than read: headless Chromium has no system clipboard.
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("navigator.clipboard.writeText = async (text) => { window.copiedText = text; };");
    suggestion.click();
    waiting().until(d -> suggestion.getAttribute("class").contains("copied"));
    assertThat(((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return window.copiedText")).isEqualTo("двусторонних отношений");
    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0);");

    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("severity-filter"))).selectByValue("warning");
    assertThat(forbidden.getAttribute("class")).contains("hidden-by-filter");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("severity-filter"))).selectByValue("error");
    assertThat(forbidden.getAttribute("class")).doesNotContain("hidden-by-filter");

    WebElement scriptSegment = browser.findElements(By.cssSelector("td.en .segment")).stream()
        .filter(s -> s.getText().contains("He said")).findFirst().orElseThrow();
    assertThat(scriptSegment.getText()).contains("<script>document.title='pwned'</script>");
    assertThat(browser.getTitle()).isNotEqualTo("pwned");

    WebElement firstRussian = browser.findElement(By.cssSelector(".link[data-lang=ru]"));
    String linkId = firstRussian.getAttribute("data-link");
    // Controls only on the link the reviewer is on: one set for the page.
    assertThat(browser.findElements(By.cssSelector("button.accept")).size()).isLessThanOrEqualTo(1);
    control(firstRussian, "button.accept").click();
    assertThat(browser.findElements(By.cssSelector(".link[data-lang=ru]")).get(2).findElements(By.cssSelector("button.accept"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector("button.accept"))).hasSize(1);
    assertThat(firstRussian.findElement(By.cssSelector("button.accept")).getAttribute("aria-label")).isEqualTo("accept link " + linkId);
    waiting().until(ExpectedConditions.attributeContains(firstRussian, "class", "status-accepted"));

    WebElement secondRussian = browser.findElements(By.cssSelector(".link[data-lang=ru]")).get(1);
    secondRussian.click();
    secondRussian.sendKeys("r");
    waiting().until(ExpectedConditions.attributeContains(secondRussian, "class", "status-rejected"));

    browser.navigate().refresh();
    WebElement reloaded = browser.findElement(By.cssSelector(".link[data-link='" + linkId + "']"));
    assertThat(reloaded.getAttribute("class")).contains("status-accepted");
    assertThat(reloaded.findElement(By.cssSelector(".status")).getText()).isEqualTo("accepted by Anna");
    assertThat(browser.findElement(By.id("progress")).getText()).startsWith("2 of ");

    int russianLinks = browser.findElements(By.cssSelector(".link[data-lang=ru]")).size();
    control(browser.findElement(By.cssSelector(".link[data-lang=ru]")), "button.merge").click();
    waiting().until(d -> d.findElements(By.cssSelector(".link[data-lang=ru]")).size() == russianLinks - 1);
    WebElement merged = browser.findElement(By.cssSelector(".link[data-lang=ru]"));
    assertThat(merged.findElement(By.cssSelector(".shape")).getText()).isEqualTo("2-2");
    assertThat(merged.getAttribute("class")).contains("status-accepted");

    // Re-link: pull ru-3 into the merged link of en-1 and en-2; en-3 is left untranslated.
    WebElement ru3 = browser.findElement(By.xpath("//span[@data-segment='ru-3']/ancestor::div[contains(concat(' ', @class, ' '), ' link ')]"));
    WebElement moveTo = control(ru3, ".relink-to[data-segment='ru-3']");
    ((JavascriptExecutor) browser).executeScript("arguments[0].focus();", moveTo);
    new org.openqa.selenium.interactions.Actions(browser).sendKeys("en-2", org.openqa.selenium.Keys.TAB).perform();
    waiting().until(d -> d.findElement(By.cssSelector(".link[data-lang=ru] .shape")).getText().equals("2-3"));
    WebElement leftBehind = browser.findElements(By.cssSelector(".link[data-lang=ru]")).get(1);
    assertThat(leftBehind.findElement(By.cssSelector(".shape")).getText()).isEqualTo("1-0");
    assertThat(leftBehind.getText()).contains("not translated (en-3)");

    assertThat(browser.findElement(By.id("export-xlsx")).getAttribute("href")).endsWith("/export?format=xlsx");
    String tmxAddress = browser.findElement(By.id("export-tmx")).getAttribute("href");
    // The export is downloaded with the browser's session, as a click on the link would be.
    String cookies =
        browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).collect(java.util.stream.Collectors.joining("; "));
    HttpResponse<String> tmx = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(tmxAddress)).header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(tmx.statusCode()).isEqualTo(200);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(tmx.body())));
    NodeList units = doc.getElementsByTagName("tu");
    assertThat(units.getLength()).as("the link Anna accepted, and no link nobody reviewed").isEqualTo(1);
    Element first = (Element) units.item(0);
    assertThat(first.getAttribute("changeid")).isEqualTo("Anna");
    assertThat(first.getTextContent()).contains("accepted");
    HttpResponse<String> confident = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(browser.findElement(By.id("export-tmx-confident")).getAttribute("href"))).header("Cookie", cookies).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(factory.newDocumentBuilder().parse(new InputSource(new StringReader(confident.body()))).getElementsByTagName("tu").getLength())
        .as("with the unreviewed links scored 0.9 or more").isGreaterThan(30);
  }

  /** One click accepts the links the aligner is sure of; the one a finding questions is left for the reviewer. */
  @Test
  void theConfidentLinksAreAcceptedWithOneClick() {
    browser.get(root.toString());
    browser.findElement(By.id("name")).sendKeys("Accept confident");
    type("en", Fixtures.text(Lang.EN));
    type("ru", Fixtures.text(Lang.RU).replace("двусторонних отношений", "билатеральных отношений"));
    browser.findElement(By.id("glossary-file")).sendKeys(Path.of("glossaries/diplomacy.tbx").toAbsolutePath().toString());
    browser.findElement(By.id("submit")).click();
    waiting().until(ExpectedConditions.urlMatches("/checks/[0-9]+$"));
    assertThat(browser.findElements(By.cssSelector(".link.status-accepted"))).isEmpty();

    browser.findElement(By.id("accept-confident")).click();

    waiting().until(d -> d.findElement(By.id("progress")).getText().contains("confident links accepted"));
    assertThat(browser.findElements(By.cssSelector(".link.status-accepted"))).hasSizeGreaterThan(10);
    WebElement questioned = browser.findElement(By.cssSelector("mark.finding[data-rule='terminology.forbidden']")).findElement(By.xpath("ancestor::div[contains(@class, 'link')]"));
    assertThat(questioned.getAttribute("data-status")).isEqualTo("unreviewed");
  }

  /**
   * Link lines: one from each English sentence of a link to the link, dotted while unreviewed and
   * solid once accepted; a merged (2-2) link's lines are drawn thicker.
   */
  @Test
  void linkLinesShowEachLinksShapeAndWhetherItWasAccepted() {
    reviewTheSeed("Link lines");
    List<WebElement> russian = browser.findElements(By.cssSelector(".link[data-lang=ru]"));
    assertThat(browser.findElements(By.cssSelector(".link[data-lang=ru][data-shape='2-2']"))).as("no 2-2 link before the merge").isEmpty();
    WebElement first = russian.get(0);
    String id = first.getAttribute("data-link");
    waiting().until(d -> !d.findElements(By.cssSelector("#link-lines line[data-link='" + id + "']")).isEmpty());
    assertThat(browser.findElement(By.cssSelector("#link-lines line[data-link='" + id + "']")).getAttribute("class")).contains("unreviewed").contains("high");
    // Lines are drawn near the screen only: the last link's appear once the reviewer gets there.
    WebElement last = russian.get(russian.size() - 1);
    String lastId = last.getAttribute("data-link");
    int lastSources = last.getAttribute("data-sources").isBlank() ? 0 : last.getAttribute("data-sources").split(" ").length;
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", last);
    waiting().until(d -> d.findElements(By.cssSelector("#link-lines line[data-link='" + lastId + "']")).size() == lastSources);
    ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0);");
    waiting().until(d -> !d.findElements(By.cssSelector("#link-lines line[data-link='" + id + "']")).isEmpty());

    control(first, "button.accept").click();

    waiting().until(d -> d.findElement(By.cssSelector("#link-lines line[data-link='" + id + "']")).getAttribute("class").contains("accepted"));
    control(browser.findElements(By.cssSelector(".link[data-lang=ru]")).get(1), "button.merge").click();
    waiting().until(d -> d.findElements(By.cssSelector(".link[data-lang=ru][data-shape='2-2']")).size() == 1);
    String merged = browser.findElement(By.cssSelector(".link[data-lang=ru][data-shape='2-2']")).getAttribute("data-link");
    waiting().until(d -> d.findElements(By.cssSelector("#link-lines line.many[data-link='" + merged + "']")).size() == 2);
  }

  /** A translated sentence is moved to another English sentence by pointing at that sentence. */
  @Test
  void aSentenceIsReLinkedByClickingTheEnglishItRenders() {
    reviewTheSeed("Re-link by pointing");
    WebElement ru3 = browser.findElement(By.xpath("//span[@data-segment='ru-3']/ancestor::div[contains(concat(' ', @class, ' '), ' link ')]"));
    assertThat(ru3.getAttribute("data-sources")).isEqualTo("en-3");
    WebElement moveTo = control(ru3, ".relink-to[data-segment='ru-3']");
    moveTo.click();
    assertThat(browser.findElement(By.tagName("body")).getAttribute("class")).contains("picking");

    browser.findElement(By.id("en-2")).click();

    waiting().until(d -> d.findElements(By.cssSelector(".link[data-lang=ru][data-sources='en-2'] .shape")).stream().anyMatch(e -> e.getText().equals("1-2")));
    assertThat(browser.findElement(By.cssSelector(".link[data-lang=ru][data-sources='en-3']")).getText()).contains("not translated (en-3)");
  }

  /**
   * Where the Russian joins two English sentences that the Hebrew renders apart, the row says so
   * and the overview lists the row: a reviewer of one language alone would not see it.
   */
  @Test
  void aRowSaysWhereTheRussianAndTheHebrewDisagree() {
    browser.get(root.toString());
    browser.findElement(By.id("name")).sendKeys("Three versions");
    type("en", Fixtures.text(Lang.EN));
    type("ru", Fixtures.text(Lang.RU));
    type("he", Fixtures.text(Lang.HE));
    browser.findElement(By.id("submit")).click();
    waiting().until(ExpectedConditions.urlMatches("/checks/[0-9]+$"));
    int notes = browser.findElements(By.cssSelector("p.versions")).size();
    assertThat(browser.findElements(By.id("versions-overview")).size()).isEqualTo(notes > 0 ? 1 : 0);
    // Two rows in a row where both translations render one English sentence in one sentence.
    Long row = (Long) ((JavascriptExecutor) browser).executeScript("""
        const plain = (tr) => tr && !tr.querySelector('p.versions') && ['ru', 'he'].every(lang => {
          const links = tr.querySelectorAll('.link[data-lang=' + lang + ']');
          return links.length === 1 && links[0].dataset.shape === '1-1';
        });
        const rows = [...document.querySelectorAll('table.review tbody tr')];
        const i = rows.findIndex((tr, i) => plain(tr) && plain(rows[i + 1]));
        return i < 0 ? null : i;""");
    assertThat(row).as("two plain rows in the seed").isNotNull();
    WebElement russian = browser.findElements(By.cssSelector("table.review tbody tr")).get(row.intValue()).findElement(By.cssSelector(".link[data-lang=ru]"));

    control(russian, "button.merge").click();

    waiting().until(d -> d.findElements(By.cssSelector("p.versions")).size() == notes + 1);
    WebElement note = browser.findElements(By.cssSelector("p.versions")).stream()
        .filter(p -> p.getText().contains("linked differently: Russian en-")).findFirst().orElseThrow();
    assertThat(note.getText()).matches("(?s).*Russian en-\\d+ \\+ en-\\d+ → ru-\\d+ \\+ ru-\\d+; Hebrew en-\\d+ → he-\\d+, en-\\d+ → he-\\d+.*");
    String rowId = note.findElement(By.xpath("ancestor::tr")).getAttribute("id");
    assertThat(browser.findElements(By.cssSelector("#versions-overview a[href='#" + rowId + "']"))).hasSize(1);
    Chromium.screenshot(browser, "review-three-versions");
  }

  /**
   * A stretch spoiled by a merge is aligned again from its first link: the reviewer says how many
   * links after it, and the aligner's links come back.
   */
  @Test
  void aRangeOfLinksIsAlignedAgainFromThePage() {
    reviewTheSeed("Re-align a range");
    int russianLinks = browser.findElements(By.cssSelector(".link[data-lang=ru]")).size();
    control(browser.findElements(By.cssSelector(".link[data-lang=ru]")).get(1), "button.merge").click();
    waiting().until(d -> d.findElements(By.cssSelector(".link[data-lang=ru]")).size() == russianLinks - 1);
    WebElement merged = browser.findElements(By.cssSelector(".link[data-lang=ru]")).get(1);
    assertThat(merged.findElement(By.cssSelector(".shape")).getText()).isEqualTo("2-2");
    String mergedId = merged.getAttribute("data-link");

    String next = browser.findElements(By.cssSelector(".link[data-lang=ru]")).get(2).getAttribute("data-link");
    // What the page asks for; the page is not loaded again, so what the script keeps stays.
    ((JavascriptExecutor) browser).executeScript(
        "const send = window.fetch; window.fetch = (url, options) => { if (String(url).endsWith('/realign')) window.realigned = options.body; return send(url, options); };");
    control(merged, "button.realign").click();
    browser.switchTo().alert().sendKeys("1");
    browser.switchTo().alert().accept();

    waiting().until(d -> d.findElements(By.cssSelector(".link[data-lang=ru]")).size() == russianLinks);
    assertThat((String) ((JavascriptExecutor) browser).executeScript("return window.realigned;"))
        .as("the merged link and the one link after it, as typed").contains("\"from\":" + mergedId).contains("\"to\":" + next);
    assertThat(browser.findElements(By.cssSelector(".link[data-lang=ru]")).get(1).findElement(By.cssSelector(".shape")).getText()).isEqualTo("1-1");
    // The rows the change replaced are numbered in their place, and the reviewer is on the link it made.
    assertThat((Boolean) ((JavascriptExecutor) browser).executeScript("""
        return [...document.querySelectorAll('table.review tbody tr')].every((tr, i) => tr.id === 'row-' + (i + 1) && tr.querySelector('.num').textContent === String(i + 1));"""))
        .isTrue();
    assertThat(browser.switchTo().activeElement().getAttribute("data-lang")).isEqualTo("ru");
    assertThat(browser.findElements(By.cssSelector("#map .mark"))).hasSize(browser.findElements(By.cssSelector(".link")).size());
    browser.findElement(By.cssSelector("#history summary")).click();
    waiting().until(d -> !d.findElements(By.cssSelector("#history tr[data-action='realign']")).isEmpty());
    assertThat(browser.findElement(By.cssSelector("#history summary")).getText()).matches("History: \\d+ changes");
  }

  /**
   * A translated sentence taken out of its link becomes a link of its own at the next English
   * sentence, in the row after: the page shows it there, without loading itself again.
   */
  @Test
  void aSentenceTakenOutOfItsLinkIsShownInTheRowAfter() {
    reviewTheSeed("Take a sentence out");
    JavascriptExecutor js = (JavascriptExecutor) browser;
    js.executeScript("window.sameLoad = true;");
    WebElement split = browser.findElement(By.cssSelector(".link[data-lang=ru][data-shape='1-2']"));
    List<WebElement> sentences = split.findElements(By.cssSelector(".link-text .segment"));
    String last = sentences.get(sentences.size() - 1).getAttribute("data-segment");
    WebElement moveTo = control(split, ".relink-to[data-segment='" + last + "']");
    js.executeScript("arguments[0].focus();", moveTo);
    new org.openqa.selenium.interactions.Actions(browser).sendKeys("-", org.openqa.selenium.Keys.TAB).perform();

    waiting().until(d -> !d.findElements(By.cssSelector(".link[data-lang=ru][data-shape='0-1'] [data-segment='" + last + "']")).isEmpty());
    assertThat(browser.findElements(By.cssSelector("span.segment[data-segment='" + last + "']"))).as("shown once").hasSize(1);
    assertThat((Boolean) js.executeScript("return window.sameLoad === true;")).as("not loaded again").isTrue();
  }

  /**
   * A change to the alignment answers what changed, and the page puts the rows that hold it in
   * place of the old ones: it is not loaded again, so the reviewer keeps the filter they chose and
   * the rows the check holds elsewhere are the very same elements.
   */
  @Test
  void aMergeReplacesOnlyTheRowsItChanges() {
    reviewTheSeed("Merge in place");
    JavascriptExecutor js = (JavascriptExecutor) browser;
    js.executeScript("window.sameLoad = true; window.lastRow = document.querySelector('table.review tbody tr:last-child');");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("severity-filter"))).selectByValue("error");
    long rowsBefore = browser.findElements(By.cssSelector("table.review tbody tr")).size();
    int russianLinks = browser.findElements(By.cssSelector(".link[data-lang=ru]")).size();

    control(browser.findElements(By.cssSelector(".link[data-lang=ru]")).get(0), "button.merge").click();

    waiting().until(d -> d.findElements(By.cssSelector(".link[data-lang=ru]")).size() == russianLinks - 1);
    assertThat((Boolean) js.executeScript("return window.sameLoad === true;")).as("not loaded again").isTrue();
    assertThat((Boolean) js.executeScript("return window.lastRow === document.querySelector('table.review tbody tr:last-child');"))
        .as("a row the merge did not touch is the same element").isTrue();
    assertThat(browser.findElements(By.cssSelector("table.review tbody tr"))).hasSizeLessThanOrEqualTo((int) rowsBefore);
    assertThat(new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("severity-filter"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("error");
    assertThat(browser.findElement(By.cssSelector(".link[data-lang=ru]")).findElement(By.cssSelector(".shape")).getText()).isEqualTo("2-2");
    assertThat(browser.findElement(By.id("progress")).getText()).startsWith("1 of " + (browser.findElements(By.cssSelector(".link")).size()));
  }

  /**
   * A verdict given while the server cannot be reached (the browser's network cut through the
   * DevTools protocol) says so beside the review and leaves the link as it was; given again once
   * the network is back, it is saved.
   */
  @Test
  void aVerdictThatCannotReachTheServerSaysSoAndIsNotLost() {
    reviewTheSeed("Offline verdict");
    WebElement link = browser.findElement(By.cssSelector(".link[data-status='unreviewed']"));
    String id = link.getAttribute("data-link");
    ChromeDriver chrome = (ChromeDriver) browser;
    chrome.executeCdpCommand("Network.enable", Map.of());
    try {
      chrome.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", true, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
      control(link, "button.accept").click();

      waiting().until(d -> d.findElement(By.id("review-error")).getText().contains("could not be reached"));
      assertThat(browser.findElement(By.cssSelector(".link[data-link='" + id + "']")).getAttribute("data-status")).isEqualTo("unreviewed");
    } finally {
      chrome.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
      chrome.executeCdpCommand("Network.disable", Map.of());
    }
    control(browser.findElement(By.cssSelector(".link[data-link='" + id + "']")), "button.accept").click();

    waiting().until(d -> "accepted".equals(d.findElement(By.cssSelector(".link[data-link='" + id + "']")).getAttribute("data-status")));
    assertThat(browser.findElement(By.id("review-error")).getText()).isEmpty();
  }

  /**
   * A forbidden term confirmed as an error with one click fails the Russian scorecard at once; a
   * dismissal asks why; both are undone from the same line.
   */
  @Test
  void aConfirmedFindingCountsInTheScorecardAndADismissedOneDoesNot() {
    browser.get(root.toString());
    browser.findElement(By.id("name")).sendKeys("Scored");
    type("en", Fixtures.text(Lang.EN));
    type("ru", Fixtures.text(Lang.RU).replace("двусторонних отношений", "билатеральных отношений"));
    browser.findElement(By.id("glossary-file")).sendKeys(Path.of("glossaries/diplomacy.tbx").toAbsolutePath().toString());
    browser.findElement(By.id("submit")).click();
    waiting().until(ExpectedConditions.urlMatches("/checks/[0-9]+$"));
    WebElement card = browser.findElement(By.id("scorecard-ru"));
    assertThat(card.findElement(By.className("result")).getText()).isEqualTo("PASS");
    int open = Integer.parseInt(card.findElement(By.className("open")).getText());
    WebElement forbidden = browser.findElement(By.cssSelector("li.finding[data-rule='terminology.forbidden']"));

    forbidden.findElement(By.className("confirm-finding")).click();

    waiting().until(d -> d.findElement(By.cssSelector("#scorecard-ru .result")).getText().equals("FAIL"));
    assertThat(browser.findElement(By.cssSelector("#scorecard-ru .major")).getText()).isEqualTo("1");
    assertThat(browser.findElement(By.cssSelector("#scorecard-ru .open")).getText()).isEqualTo(String.valueOf(open - 1));
    assertThat(forbidden.findElement(By.className("decided")).getText()).startsWith("error: terminology, major — Anna");
    assertThat(forbidden.findElement(By.className("confirm-finding")).isDisplayed()).isFalse();
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", forbidden);
    Chromium.screenshot(browser, "review-finding-confirmed");

    forbidden.findElement(By.className("reopen-finding")).click();
    waiting().until(d -> d.findElement(By.cssSelector("#scorecard-ru .result")).getText().equals("PASS"));
    forbidden.findElement(By.className("dismiss-finding")).click();
    browser.switchTo().alert().sendKeys("the client approved this term");
    browser.switchTo().alert().accept();
    waiting().until(d -> forbidden.getAttribute("data-decision").equals("dismissed"));
    assertThat(forbidden.findElement(By.className("decided")).getText()).isEqualTo("false alarm: the client approved this term — Anna");
    assertThat(browser.findElement(By.cssSelector("#scorecard-ru .result")).getText()).isEqualTo("PASS");

    browser.navigate().refresh();
    WebElement reloaded = browser.findElement(By.cssSelector("li.finding[data-rule='terminology.forbidden']"));
    assertThat(reloaded.getAttribute("data-decision")).isEqualTo("dismissed");
    assertThat(reloaded.findElement(By.className("reopen-finding")).isDisplayed()).isTrue();

    // The team's list of dismissals: a lead raises the term again.
    browser.get(root.toString());
    WebElement learned = browser.findElements(By.cssSelector("#dismissals tr[data-dismissal]")).stream()
        .filter(row -> row.getText().contains("the client approved this term")).findFirst().orElseThrow();
    assertThat(learned.getText()).contains("terminology.forbidden").contains("Anna");
    String id = learned.getAttribute("data-dismissal");
    learned.findElement(By.className("delete-dismissal")).click();
    waiting().until(d -> d.findElements(By.cssSelector("#dismissals tr[data-dismissal='" + id + "']")).isEmpty());
  }

  /**
   * At 1366×768 the overview and the map are in view; every flagged link is reached with n and
   * decided with a, and the test counts the keys: two per decision, and one n to hear that
   * nothing is left.
   */
  @Test
  void aReviewerDecidesEveryFlaggedLinkWithTheKeyboardAlone() {
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
    browser.get(root.toString());
    browser.findElement(By.id("name")).sendKeys("Keyboard");
    type("en", Fixtures.text(Lang.EN));
    type("ru", Fixtures.text(Lang.RU).replace("двусторонних отношений", "билатеральных отношений"));
    type("he", Fixtures.text(Lang.HE));
    browser.findElement(By.id("glossary-file")).sendKeys(Path.of("glossaries/diplomacy.tbx").toAbsolutePath().toString());
    browser.findElement(By.id("submit")).click();
    waiting().until(ExpectedConditions.urlMatches("/checks/[0-9]+$"));
    JavascriptExecutor js = (JavascriptExecutor) browser;
    long height = (Long) js.executeScript("return window.innerHeight;");
    WebElement map = browser.findElement(By.id("map"));
    assertThat(map.isDisplayed()).isTrue();
    assertThat(map.findElements(By.className("mark"))).hasSize(browser.findElements(By.cssSelector(".link")).size());
    assertThat(map.getRect().getY() + map.getRect().getHeight()).isLessThanOrEqualTo((int) height);
    WebElement overview = browser.findElement(By.id("overview"));
    assertThat(overview.getRect().getY() + overview.getRect().getHeight()).as("the overview is in view").isLessThanOrEqualTo((int) height);
    assertThat(overview.getText()).contains("RU: ").contains("error").contains("HE: ");
    String flaggedScript =
        "return [...document.querySelectorAll('.link')].filter(l => l.dataset.status === 'unreviewed'"
            + " && (l.classList.contains('need-error') || l.classList.contains('need-warning') || l.classList.contains('need-uncertain'))).length;";
    long flagged = (Long) js.executeScript(flaggedScript);
    assertThat(flagged).as("the forbidden term and the seed's flags").isGreaterThan(0);
    Chromium.screenshot(browser, "review-overview-and-map");

    org.openqa.selenium.interactions.Actions keys = new org.openqa.selenium.interactions.Actions(browser);
    int pressed = 0;
    int decided = 0;
    while (decided <= flagged) {
      keys.sendKeys("n").perform();
      pressed++;
      if (browser.findElement(By.id("review-error")).getText().contains("Nothing left")) {
        break;
      }
      WebElement focused = browser.switchTo().activeElement();
      assertThat(focused.getAttribute("class")).contains("link");
      keys.sendKeys("a").perform();
      pressed++;
      decided++;
      waiting().until(d -> "accepted".equals(focused.getAttribute("data-status")));
    }

    Chromium.screenshot(browser, "review-all-flags-decided");
    assertThat((long) decided).isEqualTo(flagged);
    assertThat((Long) js.executeScript(flaggedScript)).isZero();
    assertThat((double) pressed / decided).as("keys per decision").isLessThanOrEqualTo(3.0);
  }

  @Test
  void aWordFileAndAWebPageAreUploadedAsTheyAre(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path english = dir.resolve("statement.en.docx");
    java.nio.file.Files.write(english, TestDocuments.docx(DocumentReaderTest.paragraphs(Lang.EN)));
    Path hebrew = dir.resolve("statement.he.html");
    java.nio.file.Files.write(hebrew, TestDocuments.html(DocumentReaderTest.paragraphs(Lang.HE), "he"));
    browser.get(root.toString());
    browser.findElement(By.id("name")).sendKeys("From Word");
    browser.findElement(By.id("en-file")).sendKeys(english.toAbsolutePath().toString());
    browser.findElement(By.id("he-file")).sendKeys(hebrew.toAbsolutePath().toString());
    browser.findElement(By.id("submit")).click();

    waiting().until(ExpectedConditions.urlMatches("/checks/[0-9]+$"));
    List<String> englishSegments = browser.findElements(By.cssSelector("td.en .segment")).stream().map(WebElement::getText).toList();
    // Each paragraph of the Word file (heading, speaker labels, paragraphs) starts a row of its own.
    int paragraphStarts = browser.findElements(By.cssSelector("tr.paragraph-start")).size();
    assertThat(paragraphStarts).isGreaterThanOrEqualTo(DocumentReaderTest.paragraphs(Lang.EN).size() - 2)
        .isLessThan(browser.findElements(By.cssSelector("table.review tbody tr")).size());
    assertThat(englishSegments).anyMatch(t -> t.contains("It’s good to see you again."));
    assertThat(browser.findElements(By.cssSelector("td.target[lang=he]")).get(1).getText()).contains("נתניהו");
    // The web page's h1 is set as a heading; Word's heading style is not known to Okapi's filter.
    assertThat(browser.findElements(By.cssSelector("td.target[lang=he] .segment.heading"))).hasSize(1);
    assertThat(browser.findElements(By.cssSelector("td.en .segment.heading"))).isEmpty();
  }

  @Test
  void anXliffFromTheCatToolIsReviewedUnitByUnit(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    List<org.rosetta.bilingual.BilingualUnit> units = new java.util.ArrayList<>(org.rosetta.bilingual.TestBilingual.seedUnits(Lang.RU));
    String slipped = null;
    for (int k = 0; k < units.size(); k++) {
      org.rosetta.bilingual.BilingualUnit unit = units.get(k);
      if (unit.target().contains("двусторонних отношений")) {
        units.set(k, new org.rosetta.bilingual.BilingualUnit(unit.id(), unit.source(), unit.target().replace("двусторонних отношений", "билатеральных отношений")));
        slipped = unit.id();
      }
    }
    Path xliff = dir.resolve("statement.xlf");
    java.nio.file.Files.writeString(xliff, org.rosetta.bilingual.TestBilingual.xliff12(units, "ru-RU"));
    browser.get(root.toString());
    browser.findElement(By.id("bilingual-file")).sendKeys(xliff.toAbsolutePath().toString());
    browser.findElement(By.id("glossary-file")).sendKeys(Path.of("glossaries/diplomacy.tbx").toAbsolutePath().toString());
    browser.findElement(By.id("submit")).click();

    waiting().until(ExpectedConditions.urlMatches("/checks/[0-9]+$"));
    assertThat(browser.findElements(By.cssSelector("td.target[lang=ru] .sid")).get(0).getText()).isEqualTo("ru-1 · unit tu1");
    WebElement forbidden = browser.findElement(By.cssSelector("td.target[lang=ru] mark[data-rule='terminology.forbidden']"));
    assertThat(forbidden.getText()).isEqualTo("билатеральных отношений");
    assertThat(forbidden.findElement(By.xpath("./ancestor::span[contains(@class,'segment')]")).findElement(By.cssSelector(".sid")).getText()).endsWith("unit " + slipped);
    assertThat(browser.findElements(By.cssSelector("td.target[lang=he]"))).isEmpty();
  }

  @Test
  void anUploadWithoutEnglishShowsTheErrorNextToTheField() {
    browser.get(root.toString());
    type("ru", Fixtures.text(Lang.RU));
    browser.findElement(By.id("submit")).click();
    WebElement error = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-error-for=en]")));
    assertThat(error.getText()).contains("English");
    assertThat(browser.getCurrentUrl()).isEqualTo(root.toString());
  }

  @Test
  void aTeamUploadsItsMemoryAndSeesWhatChecksLearnFrom() throws Exception {
    Path memory = java.nio.file.Files.createTempFile("team-memory-", ".tsv");
    java.nio.file.Files.writeString(
        memory,
        "id\ten\tru\the\n"
            + "1\tPrime Minister Netanyahu met Russian President Vladimir Putin.\tПремьер-министр Нетаньяху встретился с президентом России Владимиром Путиным.\tראש הממשלה נתניהו נפגש עם נשיא רוסיה ולדימיר פוטין.\n"
            + "2\tThe two leaders discussed the situation in Syria.\tЛидеры обсудили ситуацию в Сирии.\tהמנהיגים דנו במצב בסוריה.\n");
    Path broken = java.nio.file.Files.createTempFile("pairs-", ".tsv");
    java.nio.file.Files.writeString(broken, "source\ttarget\nHello\tПривет\n");
    try {
      browser.get(root.toString());
      browser.findElement(By.id("memory-file")).sendKeys(broken.toAbsolutePath().toString());
      browser.findElement(By.id("memory-submit")).click();
      WebElement error = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#memory-upload [data-error-for=file]")));
      assertThat(error.getText()).contains(":1: the header must name the language of each column");

      browser.get(root.toString());
      browser.findElement(By.id("memory-file")).sendKeys(memory.toAbsolutePath().toString());
      browser.findElement(By.id("memory-submit")).click();
      String name = memory.getFileName().toString();
      WebElement row = waiting().until(d -> d.findElements(By.cssSelector("#memories tbody tr")).stream()
          .filter(r -> r.getText().contains(name)).findFirst().orElse(null));
      assertThat(row.findElement(By.cssSelector("td.num")).getText()).isEqualTo("2");
      assertThat(browser.findElement(By.id("memory-summary")).getText()).contains("from uploaded files").contains("learned");

      row.findElement(By.cssSelector("button.delete-memory")).click();
      browser.switchTo().alert().accept();
      waiting().until(d -> d.findElements(By.cssSelector("#memories tbody tr")).stream().noneMatch(r -> r.getText().contains(name)));
    } finally {
      java.nio.file.Files.deleteIfExists(memory);
      java.nio.file.Files.deleteIfExists(broken);
    }
  }

  @Test
  void aLeadUploadsAnArchiveAndWatchesItBecomeMemory() throws Exception {
    Path zip = java.nio.file.Files.createTempFile("press-archive-", ".zip");
    try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(zip))) {
      for (Lang lang : Lang.values()) {
        out.putNextEntry(new java.util.zip.ZipEntry("2015/putin." + lang.code() + ".txt"));
        out.write(Fixtures.text(lang).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.closeEntry();
      }
      out.putNextEntry(new java.util.zip.ZipEntry("2016/orphan.ru.txt"));
      out.write("Министр прибыл в Москву.".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      out.closeEntry();
    }
    try {
      browser.get(root.toString());
      browser.findElement(By.id("memory-file")).sendKeys(zip.toAbsolutePath().toString());
      browser.findElement(By.id("memory-submit")).click();
      String name = zip.getFileName().toString();
      String memory = name.replace(".zip", ".tmx");
      // The job is listed with its progress, then its memory joins the list of uploaded memories.
      WebElement row = waiting().until(d -> d.findElements(By.cssSelector("#memories tbody tr")).stream()
          .filter(r -> r.getText().contains(memory)).findFirst().orElse(null));
      assertThat(Integer.parseInt(row.findElement(By.cssSelector("td.num")).getText())).isGreaterThan(20);
      WebElement job = waiting().until(d -> d.findElements(By.cssSelector("#archive-jobs tbody tr")).stream()
          .filter(r -> r.getText().contains(name)).findFirst().orElse(null));
      assertThat(job.getText()).contains("done").contains("1 files");
      job.findElement(By.tagName("summary")).click();
      assertThat(job.getText()).contains("2016/orphan.ru.txt (unpaired)");

      row.findElement(By.cssSelector("button.delete-memory")).click();
      browser.switchTo().alert().accept();
      waiting().until(d -> d.findElements(By.cssSelector("#memories tbody tr")).stream().noneMatch(r -> r.getText().contains(memory)));
    } finally {
      java.nio.file.Files.deleteIfExists(zip);
    }
  }
}
