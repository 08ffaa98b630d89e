package org.wirescope.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.wirescope.store.Store;

/**
 * The web UI in headless Chromium, against {@code wirescope serve} on a random loopback port over
 * the made-up {@link Newsroom}. Each test writes screenshots of the pages it visits to
 * {@code target/screenshots/}, and fails if the page reported a Content-Security-Policy violation.
 */
@Tag("browser")
class WorkbenchBrowserTest {

    @TempDir
    static Path folder;
    private static Store store;
    private static WebServer server;
    private static Browser browser;

    @BeforeAll
    static void serveTheNewsroom() {
        if (!Browser.available()) return;
        browser = Browser.start();
        Path db = folder.resolve("newsroom.duckdb");
        Newsroom.write(db);
        store = Store.open(db);
        server = WebServer.start(store, ServerSettings.loopback().withRateLimit(0), () -> {
            throw new IllegalStateException("the browser tests do not ingest");
        }, "browser-test");
    }

    @BeforeEach
    void needsTheBrowser() {
        Browser.assumeAvailable();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (server != null) server.close();
        if (store != null) store.close();
    }

    @AfterEach
    void pageBrokeNoSecurityPolicy() {
        if (browser == null) return;
        assertThat(browser.consoleMessages()).noneMatch(message -> message.contains("Content Security Policy"));
    }

    @Test
    void searchLeadsToArticleWhereHoveringAQuoteShowsItsSpeaker() {
        open("#/search?q=river");
        List<WebElement> results = browser.await(d -> nonEmpty(d.findElements(By.cssSelector(".result"))));
        assertThat(results).extracting(WebElement::getText).anyMatch(text -> text.contains(Newsroom.DAM.article().title()));
        assertThat(browser.driver().findElements(By.cssSelector(".snippet mark"))).isNotEmpty();
        browser.screenshot("search");

        browser.driver().findElement(By.linkText(Newsroom.DAM.article().title())).click();
        WebElement quote = browser.await(d -> first(d.findElements(By.cssSelector(".article-body .hl-quote"))));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo(Newsroom.DAM.article().title());
        browser.screenshot("article");

        new Actions(browser.driver()).moveToElement(quote).perform();
        WebElement popover = browser.await(d -> d.findElement(By.id("popover")).isDisplayed() ? d.findElement(By.id("popover")) : null);
        assertThat(popover.getText()).contains("Oren Vask", "Foreign Minister", "Larkspur Radio");
        assertThat(browser.driver().findElements(By.cssSelector(".hl-speaker.related"))).extracting(WebElement::getText)
                .containsExactly("Vask");
        browser.screenshot("article-hover-quote");

        quote.click();
        WebElement details = browser.driver().findElement(By.cssSelector(".detail-panel"));
        browser.await(d -> details.getText().contains("More quotes by this speaker"));
        assertThat(details.getText()).contains("Oren Vask", "Direct");
        browser.screenshot("article-details");
    }

    @Test
    void articleShowsEventCodesAndModalityOnHover() {
        open("#/article/" + Newsroom.DAM.id());
        WebElement threat = browser.await(d -> first(d.findElements(By.cssSelector(".article-body .hl-event.quad-3"))));
        new Actions(browser.driver()).moveToElement(threat).perform();
        WebElement popover = browser.await(d -> d.findElement(By.id("popover")).isDisplayed() ? d.findElement(By.id("popover")) : null);
        assertThat(popover.getText()).contains("THREATEN", "138", "Conditional", "2025-01-13", "Brevia");
        browser.screenshot("article-hover-event");
    }

    @Test
    void dyadPageDrawsItsTimelineAndListsTheEvidence() {
        open("#/dyad?source=ARL&target=BRV");
        WebElement chart = browser.await(d -> first(d.findElements(By.cssSelector(".chart-card[data-state='drawn']"))));
        assertThat(Integer.parseInt(chart.getAttribute("data-points"))).isPositive();
        chart.findElement(By.cssSelector("a.csv")).click();
        Path csv = browser.downloads().resolve("dyad-ARL-BRV-month.csv");
        List<String> lines = browser.await(d -> Files.isRegularFile(csv) ? readLines(csv) : null);
        assertThat(lines.get(0)).isEqualTo("period,quad_class,events,goldstein_sum,reports,period_reports,stories,story_events");
        assertThat(lines).hasSize(1 + Integer.parseInt(chart.getAttribute("data-points")))
                .anyMatch(line -> line.startsWith("2025-02-01,4,1,-10"));
        assertThat(paintedPixels(chart.findElement(By.tagName("canvas")))).isPositive();
        List<WebElement> evidence = browser.await(d -> nonEmpty(d.findElements(By.cssSelector(".event-table .evidence-text"))));
        assertThat(evidence).extracting(WebElement::getText)
                .anyMatch(text -> text.contains("warned Brevia on Monday"))
                .anyMatch(text -> text.contains("fired on a Brevian patrol"));
        assertThat(browser.driver().findElements(By.cssSelector(".event-table .mediator"))).extracting(WebElement::getText)
                .containsExactly("via Oren Vask ARLGOV");
        browser.screenshot("dyad");

        open("#/dyad?source=ARL&target=BRV&both_ways=true");
        browser.await(d -> first(d.findElements(By.cssSelector(".chart-card[data-state='drawn']"))));
        assertThat(browser.driver().findElement(By.cssSelector(".chart-card")).getText()).contains("ARL \u2194 BRV");
        List<WebElement> rows = browser.await(d -> nonEmpty(d.findElements(By.cssSelector(".event-table tbody tr"))));
        assertThat(rows).hasSizeGreaterThan(evidence.size());
        browser.screenshot("dyad-both-ways");
    }

    @Test
    void markupAndScriptInAnArticleAreShownAsTextAndRunNothing() {
        open("#/article/" + Newsroom.HOSTILE.id());
        WebElement body = browser.await(d -> first(d.findElements(By.cssSelector(".article-body .hl-quote"))));
        new Actions(browser.driver()).moveToElement(body).perform();
        String text = browser.driver().findElement(By.id("view")).getText();
        assertThat(text).contains("<script>window.pwned = 'script'; alert('script ran')</script>",
                "<img src=x onerror=\"window.pwned = 'image'; alert('image ran')\">", "Mallory <i>Evil</i>");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).contains("<script>");
        assertThat(browser.driver().findElements(By.cssSelector("#view img, #view script, #view b, #view i, #view u"))).isEmpty();
        assertNothingRan();
        browser.screenshot("article-hostile");

        open("#/quotes?speaker=Mallory");
        browser.await(d -> first(d.findElements(By.cssSelector(".quote-item"))));
        assertThat(browser.driver().findElement(By.id("view")).getText()).contains("Mallory <i>Evil</i>, <u>self-styled</u> expert");
        assertThat(browser.driver().findElements(By.cssSelector("#view b, #view i, #view u"))).isEmpty();
        assertNothingRan();
        browser.screenshot("quotes-hostile");
    }

    @Test
    void searchSnippetsOfMarkupShowItAsText() {
        open("#/search?q=picture");
        WebElement snippet = browser.await(d -> first(d.findElements(By.cssSelector(".snippet"))));
        assertThat(snippet.getText()).contains("<script>");
        assertThat(snippet.findElements(By.tagName("mark"))).extracting(WebElement::getText).contains("picture");
        assertThat(browser.driver().findElements(By.cssSelector(".results img, .results script"))).isEmpty();
        assertNothingRan();
        browser.screenshot("search-hostile");
    }

    @Test
    void actorPageShowsRolesQuotesEventsAndATimeline() {
        open("#/actors?q=Vask");
        browser.await(d -> first(d.findElements(By.linkText("Oren Vask")))).click();
        browser.await(d -> first(d.findElements(By.cssSelector(".chart-card[data-state='drawn']"))));
        String page = browser.driver().findElement(By.id("view")).getText();
        assertThat(page).contains("Oren Vask", "Foreign Minister", "We will not let the river run dry", "THREATEN", "Brevia");
        browser.screenshot("actor");
    }

    @Test
    void quotesExplorerFiltersBySpeakerAndRelay() {
        open("#/quotes?speaker=Vask&via=Larkspur");
        List<WebElement> quotes = browser.await(d -> nonEmpty(d.findElements(By.cssSelector(".quote-item"))));
        assertThat(quotes).extracting(WebElement::getText)
                .allMatch(text -> text.contains("Oren Vask") && text.contains("via Larkspur Radio"))
                .hasSize(2);
        browser.screenshot("quotes");
    }

    @Test
    void networkDrawsActorsJoinedBySignedEdges() {
        open("#/network");
        WebElement chart = browser.await(d -> first(d.findElements(By.cssSelector(".chart-card[data-state='drawn']"))));
        assertThat(Integer.parseInt(chart.getAttribute("data-points"))).isPositive();
        assertThat(paintedPixels(chart.findElement(By.tagName("canvas")))).isPositive();
        browser.screenshot("network");
    }

    @Test
    void apiErrorsAndEmptyResultsHaveTheirOwnStates() {
        open("#/article/a-0000000000000000");
        WebElement error = browser.await(d -> first(d.findElements(By.cssSelector(".state-error"))));
        assertThat(error.getText()).contains("404", "no article has the id");
        browser.screenshot("error");

        open("#/search?q=" + URLEncoder.encode("river ) dam", StandardCharsets.UTF_8));
        WebElement malformed = browser.await(d -> first(d.findElements(By.cssSelector(".state-error .query-caret"))));
        assertThat(browser.driver().findElement(By.cssSelector(".state-error")).getText()).contains("400", "unexpected ')'");
        assertThat(malformed.getText()).isEqualTo("river ) dam\n      ^");
        browser.screenshot("error-query");

        open("#/quotes?speaker=Nobody");
        WebElement empty = browser.await(d -> first(d.findElements(By.cssSelector(".state-empty"))));
        assertThat(empty.getText()).contains("No quotes match");
        browser.screenshot("empty");
    }

    @Test
    void articleDetailsOpenAsASheetAtTheBottomOfANarrowScreen() {
        browser.resize(390);
        try {
            open("#/article/" + Newsroom.DAM.id());
            WebElement panel = browser.await(d -> first(d.findElements(By.cssSelector(".detail-panel"))));
            assertThat(panel.isDisplayed()).isFalse();
            browser.await(d -> first(d.findElements(By.cssSelector(".article-body .hl-quote")))).click();
            browser.await(d -> panel.isDisplayed());
            double gapBelow = ((Number) browser.script(
                    "return window.innerHeight - arguments[0].getBoundingClientRect().bottom", panel)).doubleValue();
            assertThat(gapBelow).isBetween(0.0, 20.0);
            assertThat(panel.getText()).contains("Oren Vask", "Larkspur Radio");
            browser.screenshot("article-narrow");
        } finally {
            browser.restoreSize();
        }
    }

    private static void open(String fragment) {
        browser.open(server.uri() + fragment);
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertNothingRan() {
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.script("return window.pwned === undefined")).isEqualTo(true);
    }

    /** How many pixels of the canvas are not transparent. */
    private static long paintedPixels(WebElement canvas) {
        Object count = browser.script("""
                const canvas = arguments[0];
                const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                let painted = 0;
                for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) painted++;
                return painted;""", canvas);
        return ((Number) count).longValue();
    }

    private static <T> List<T> nonEmpty(List<T> list) {
        return list.isEmpty() ? null : list;
    }

    private static <T> T first(List<T> list) {
        return list.isEmpty() ? null : list.get(0);
    }
}
