package org.wirescope.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.store.Store;

/**
 * The web UI's own logic, run in headless Chromium from the modules the server serves: cutting text
 * at annotation offsets, rebuilding snippets, writing CSV and filling timelines.
 */
@Tag("browser")
class WebModulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path folder;
    private static Store store;
    private static WebServer server;
    private static Browser browser;

    @BeforeAll
    static void serveAnEmptyStore() {
        if (!Browser.available()) return;
        browser = Browser.start();
        store = Store.open(folder.resolve("empty.duckdb"));
        server = WebServer.start(store, ServerSettings.loopback().withRateLimit(0), () -> {
            throw new IllegalStateException("these tests do not ingest");
        }, "browser-test");
        browser.open(server.uri() + "#/search");
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

    @Test
    void overlappingAnnotationsCutTheTextIntoPiecesThatEachKnowWhatCoversThem() {
        JsonNode pieces = run("highlight.js", """
                m.pieces(0, 12, [{ id: 'quote', start: 2, end: 8 }, { id: 'name', start: 6, end: 10 }, { id: 'empty', start: 4, end: 4 }])
                  .map((p) => [p.start, p.end, p.marks.map((a) => a.id).join('+')])""");
        assertThat(pieces.toString()).isEqualTo(
                "[[0,2,\"\"],[2,6,\"quote\"],[6,8,\"quote+name\"],[8,10,\"name\"],[10,12,\"\"]]");
    }

    @Test
    void annotationsCrossingAParagraphAreCutAtItsBounds() {
        JsonNode pieces = run("highlight.js", """
                m.pieces(5, 9, [{ id: 'event', start: 0, end: 7 }, { id: 'later', start: 12, end: 14 }])
                  .map((p) => [p.start, p.end, p.marks.map((a) => a.id).join('+')])""");
        assertThat(pieces.toString()).isEqualTo("[[5,7,\"event\"],[7,9,\"\"]]");
    }

    @Test
    void highlightedParagraphsHoldTheTextOnlyAsText() {
        JsonNode html = run("highlight.js", """
                m.highlighted('<b>bold</b>\\n\\nnext', [{ start: 0, end: 11 }, { start: 13, end: 17 }],
                  [{ start: 3, end: 7, classes: ['hl-quote'] }], new Map(), new Map()).map((p) => p.outerHTML)""");
        assertThat(html.toString()).isEqualTo(
                "[\"<p>&lt;b&gt;<span class=\\\"hl hl-quote\\\" tabindex=\\\"0\\\">bold</span>&lt;/b&gt;</p>\",\"<p>next</p>\"]");
    }

    @Test
    void snippetsKeepTheirMarksAndNothingElse() {
        JsonNode rebuilt = run("dom.js", """
                (() => {
                  const box = document.createElement('div');
                  box.append(m.markedText('a &lt;b&gt; <mark>ferry</mark> <img src=x onerror="window.pwned = 1"><script>window.pwned = 2</script>z'));
                  return [box.innerHTML, box.querySelectorAll('img, script').length, window.pwned === undefined];
                })()""");
        assertThat(rebuilt.get(0).asText()).isEqualTo("a &lt;b&gt; <mark>ferry</mark> window.pwned = 2z");
        assertThat(rebuilt.get(1).asInt()).isZero();
        assertThat(rebuilt.get(2).asBoolean()).isTrue();
    }

    @Test
    void csvQuotesWhatNeedsQuotingAndDisarmsFormulas() {
        JsonNode csv = run("csv.js", """
                m.toCsv([{ key: 'name', label: 'name' }, { key: 'n', label: 'goldstein' }],
                  [{ name: 'Vask, "the minister"', n: -7 }, { name: '=HYPERLINK("x")', n: null }, { name: 'two\\nlines', n: 4.5 }])""");
        assertThat(csv.asText()).isEqualTo("name,goldstein\r\n\"Vask, \"\"the minister\"\"\",-7\r\n\"'=HYPERLINK(\"\"x\"\")\",\r\n"
                + "\"two\nlines\",4.5\r\n");
    }

    @Test
    void timelinesHaveEveryPeriodBetweenTheFirstAndTheLast() {
        JsonNode months = run("periods.js", "m.periodRange(['2025-02-01', '2024-11-01', '2025-02-01'], 'month')");
        JsonNode weeks = run("periods.js", "m.periodRange(['2024-12-23', '2025-01-06'], 'week')");
        JsonNode label = run("periods.js", "m.periodLabel('2025-02-01', 'month')");
        assertThat(months.toString()).isEqualTo("[\"2024-11-01\",\"2024-12-01\",\"2025-01-01\",\"2025-02-01\"]");
        assertThat(weeks.toString()).isEqualTo("[\"2024-12-23\",\"2024-12-30\",\"2025-01-06\"]");
        assertThat(label.asText()).isEqualTo("2025-02");
    }

    /** Imports {@code /js/MODULE} as {@code m} in the page and returns {@code expression} as JSON. */
    private static JsonNode run(String module, String expression) {
        Object json = browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                import('/js/%s').then((m) => done(JSON.stringify(%s)), (error) => done(JSON.stringify({ error: String(error) })));"""
                .formatted(module, expression));
        try {
            JsonNode node = JSON.readTree((String) json);
            assertThat(node.path("error").isMissingNode()).as("%s", node).isTrue();
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
