package org.wirescope.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirescope.ingest.Ingest.all;
import static org.wirescope.ingest.Ingest.document;
import static org.wirescope.ingest.Ingest.gzip;
import static org.wirescope.ingest.Ingest.reason;
import static org.wirescope.ingest.Ingest.spec;
import static org.wirescope.ingest.Ingest.write;
import static org.wirescope.ingest.WarcFixture.html;
import static org.wirescope.ingest.WarcFixture.httpResponse;
import static org.wirescope.ingest.WarcFixture.page;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.config.Limits;
import org.wirescope.model.Article;
import org.wirescope.model.Published;
import org.wirescope.model.RawDocument;
import org.wirescope.model.Source;
import org.wirescope.pipeline.Pipeline;
import org.wirescope.pipeline.Stages;

class WarcInputTest {

    private static final String STORY = "The harbour bridge reopened on Tuesday after three weeks of repairs, the city council said.";

    @TempDir
    Path dir;

    @Test
    void anHtmlResponseRecordBecomesOneHtmlDocumentWithItsTargetUrl() {
        Path file = write(dir.resolve("crawl.warc"),
                new WarcFixture().response("https://news.example/bridge", html(page("Bridge reopens", STORY))).bytes());

        List<Ingested> items = all(spec(file));

        assertThat(items).hasSize(1);
        RawDocument raw = document(items.get(0));
        assertThat(raw.source().format()).isEqualTo(Source.Format.HTML);
        assertThat(raw.source().url()).contains("https://news.example/bridge");
        assertThat(raw.source().uri()).startsWith(Ingest.uri(file) + "#");
        assertThat(raw.text()).contains("<h1>Bridge reopens</h1>");
        assertThat(raw.given().published()).as("fetch time is not publication time").isEmpty();
        assertThat(raw.source().fetched()).contains(Instant.parse("2024-05-01T10:00:00Z"));
    }

    @Test
    void keepsTheFetchTimeOfEachRecordAndNoneWhenItsWarcDateIsMalformed() {
        Path file = write(dir.resolve("crawl.warc"), new WarcFixture()
                .fetchedAt("2024-06-30T23:15:02.5Z").response("https://news.example/a", html(page("First", STORY)))
                .fetchedAt("last Tuesday").response("https://news.example/b", html(page("Second", STORY)))
                .bytes());

        List<Ingested> items = all(spec(file));

        assertThat(document(items.get(0)).source().fetched()).contains(Instant.parse("2024-06-30T23:15:02.5Z"));
        assertThat(document(items.get(1)).source().fetched()).isEmpty();
        assertThat(document(items.get(1)).source().url()).contains("https://news.example/b");
    }

    @Test
    void aPageThatStatesNoDateGetsTheLatestDayOfItsFetchTimeAsAnUpperBound() {
        Path file = write(dir.resolve("crawl.warc"), new WarcFixture()
                .fetchedAt("2024-05-01T09:30:00Z").response("https://news.example/bridge", html(page("Bridge reopens", STORY)))
                .bytes());

        Published published = cleaned(file).published();

        assertThat(published.date()).isEmpty();
        assertThat(published.notBefore()).isEmpty();
        assertThat(published.notAfter()).as("09:30 UTC is 23:30 on the same day at UTC+14").contains(LocalDate.of(2024, 5, 1));
        assertThat(published.how()).isEqualTo("fetched");
        assertThat(published.evidence()).contains("WARC-Date 2024-05-01T09:30:00Z");
    }

    @Test
    void aFetchLateInTheUtcDayBoundsThePublicationByTheNextDay() {
        Path file = write(dir.resolve("crawl.warc"), new WarcFixture()
                .fetchedAt("2024-05-01T18:00:00Z").response("https://news.example/bridge", html(page("Bridge reopens", STORY)))
                .bytes());

        assertThat(cleaned(file).published().notAfter()).contains(LocalDate.of(2024, 5, 2));
    }

    @Test
    void aPageThatStatesItsDateKeepsItWithoutAFetchBound() {
        String dated = "<html><head><title>Bridge reopens</title>"
                + "<meta property=\"article:published_time\" content=\"2024-04-29T08:00:00Z\"></head>"
                + "<body><article><h1>Bridge reopens</h1><p>" + STORY + "</p></article></body></html>";
        Path file = write(dir.resolve("crawl.warc"), new WarcFixture().response("https://news.example/bridge", html(dated)).bytes());

        Published published = cleaned(file).published();

        assertThat(published.date()).contains(LocalDate.of(2024, 4, 29));
        assertThat(published.notAfter()).isEmpty();
        assertThat(published.how()).isEqualTo("meta");
    }

    private static Article cleaned(Path warc) {
        Pipeline pipeline = Pipeline.create(Limits.DEFAULTS, Stages.CLEAN);
        return pipeline.process(document(Ingest.only(spec(warc)))).records().get(0).article();
    }

    @Test
    void skipsRequestsAndNonHtmlResponsesSilently() {
        byte[] png = httpResponse("Content-Type: image/png\r\nContent-Length: 4\r\n", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Path file = write(dir.resolve("crawl.warc"), new WarcFixture()
                .request("https://news.example/bridge")
                .response("https://news.example/logo.png", png)
                .response("https://news.example/bridge", html(page("Bridge reopens", STORY)))
                .bytes());

        List<Ingested> items = all(spec(file));

        assertThat(items).singleElement().isInstanceOf(Ingested.Document.class);
    }

    @Test
    void decodesGzipContentEncoding() {
        byte[] body = gzip(page("Gzipped page", STORY).getBytes(StandardCharsets.UTF_8));
        byte[] block = httpResponse("Content-Type: text/html\r\nContent-Encoding: gzip\r\nContent-Length: " + body.length + "\r\n", body);
        Path file = write(dir.resolve("crawl.warc"), new WarcFixture().response("https://news.example/gz", block).bytes());

        assertThat(document(Ingest.only(spec(file))).text()).contains("<h1>Gzipped page</h1>");
    }

    @Test
    void decodesChunkedTransferEncoding() {
        String html = page("Chunked page", STORY);
        String first = html.substring(0, 40);
        String rest = html.substring(40);
        String chunked = Integer.toHexString(first.length()) + "\r\n" + first + "\r\n"
                + Integer.toHexString(rest.length()) + "\r\n" + rest + "\r\n0\r\n\r\n";
        byte[] block = httpResponse("Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n",
                chunked.getBytes(StandardCharsets.UTF_8));
        Path file = write(dir.resolve("crawl.warc"), new WarcFixture().response("https://news.example/chunked", block).bytes());

        String text = document(Ingest.only(spec(file))).text();

        assertThat(text).isEqualTo(html);
    }

    @Test
    void readsGzippedWarcFiles() {
        byte[] warc = new WarcFixture().response("https://news.example/bridge", html(page("Bridge reopens", STORY))).bytes();
        Path file = write(dir.resolve("crawl.warc.gz"), gzip(warc));

        assertThat(document(Ingest.only(spec(file))).text()).contains("Bridge reopens");
    }

    @Test
    void recordsOfAGzippedWarcAreNamedByTheOffsetOfTheirGzipMember() {
        byte[] first = gzip(new WarcFixture().response("https://news.example/a", html(page("First", STORY))).bytes());
        byte[] second = gzip(new WarcFixture().response("https://news.example/b", html(page("Second", STORY))).bytes());
        Path file = write(dir.resolve("crawl.warc.gz"), WarcFixture.concat(first, second));

        List<Ingested> items = all(spec(file));

        assertThat(items).extracting(Ingested::uri)
                .containsExactly(Ingest.uri(file) + "#0", Ingest.uri(file) + "#" + first.length);
    }

    @Test
    void aRecordWithACorruptBodyIsARejectAndReadingGoesOnWithTheNextRecord() {
        byte[] garbage = "this is not gzip at all".getBytes(StandardCharsets.UTF_8);
        byte[] corrupt = httpResponse("Content-Type: text/html\r\nContent-Encoding: gzip\r\nContent-Length: "
                + garbage.length + "\r\n", garbage);
        Path file = write(dir.resolve("crawl.warc"), new WarcFixture()
                .response("https://news.example/corrupt", corrupt)
                .response("https://news.example/bridge", html(page("Bridge reopens", STORY)))
                .bytes());

        List<Ingested> items = all(spec(file));

        assertThat(items).hasSize(2);
        assertThat(reason(items.get(0))).contains("corrupt").contains("byte 0");
        assertThat(document(items.get(1)).source().url()).contains("https://news.example/bridge");
    }

    @Test
    void aTruncatedRecordAtTheEndIsARejectNamingItsOffsetAfterTheGoodOnes() {
        byte[] cut = html(page("Cut short", STORY));
        Path file = write(dir.resolve("crawl.warc"), new WarcFixture()
                .response("https://news.example/bridge", html(page("Bridge reopens", STORY)))
                .truncatedResponse("https://news.example/cut", cut, cut.length / 2)
                .bytes());

        List<Ingested> items = all(spec(file));

        assertThat(items).hasSize(2);
        assertThat(items.get(0)).isInstanceOf(Ingested.Document.class);
        assertThat(items.get(1).uri()).startsWith(Ingest.uri(file) + "#");
        assertThat(reason(items.get(1))).contains("truncated").contains("byte");
    }

    @Test
    void htmlFromAWarcComesThroughTheCleanStageAsAnArticle() {
        Path file = write(dir.resolve("crawl.warc"),
                new WarcFixture().response("https://news.example/bridge", html(page("Bridge reopens", STORY))).bytes());
        Pipeline pipeline = Pipeline.create(Limits.DEFAULTS, Stages.CLEAN);

        RawDocument raw = document(Ingest.only(spec(file)));
        List<Article> articles = pipeline.process(raw).records().stream().map(r -> r.article()).toList();

        assertThat(articles).singleElement().satisfies(article -> {
            assertThat(article.title()).isEqualTo("Bridge reopens");
            assertThat(article.text()).contains("harbour bridge reopened");
        });
    }
}
