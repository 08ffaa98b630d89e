package org.wirescope.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.model.Article;
import org.wirescope.model.ArticleIds;
import org.wirescope.model.OffsetMap;
import org.wirescope.model.Published;
import org.wirescope.model.Record;
import org.wirescope.model.Source;

class StoreRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void readsBackAFullRecordEqualToTheOneWritten() {
        Record written = Fixtures.fullRecord();
        try (Store store = Store.open(dir.resolve("store.duckdb"))) {
            store.write(store.beginRun(List.of("harbor.txt"), ""), List.of(written), List.of());

            Record read = store.article(written.id()).orElseThrow();

            assertThat(read).usingRecursiveComparison().isEqualTo(written);
            assertThat(read.article().rawMap().runs()).isDeepEqualTo(written.article().rawMap().runs());
            assertThat(read.article().rawOffset(Fixtures.FIRST.length() + 3))
                    .isEqualTo(written.article().rawOffset(Fixtures.FIRST.length() + 3));
        }
    }

    @Test
    void readsOneArticleWithItsActorKeysAsTheKeyQueryAndTheExportPagesDo() {
        Record written = Fixtures.fullRecord();
        try (Store store = Store.open(dir.resolve("store.duckdb"))) {
            store.write(store.beginRun(List.of("harbor.txt"), ""), List.of(written, Fixtures.smallRecord(1)), List.of());

            StoredArticle stored = store.storedArticle(written.id()).orElseThrow();

            assertThat(stored.record()).usingRecursiveComparison().isEqualTo(written);
            assertThat(stored.actorKeys()).isEqualTo(store.actorKeys(written.id())).hasSize(written.actors().size());
            assertThat(store.storedArticle("a-0000000000000000")).isEmpty();
        }
    }

    @Test
    void readsBackAFullRecordAfterReopening() {
        Record written = Fixtures.fullRecord();
        Path file = dir.resolve("store.duckdb");
        try (Store store = Store.open(file)) {
            store.write(store.beginRun(List.of("harbor.txt"), ""), List.of(written), List.of());
        }
        try (Store store = Store.open(file)) {
            assertThat(store.article(written.id()).orElseThrow()).usingRecursiveComparison().isEqualTo(written);
        }
    }

    @Test
    void readsBackABareArticleWithNothingOptionalSet() {
        String text = "Nothing else is known.";
        Article article = new Article(ArticleIds.of("", text), Source.of("file:bare.txt", Source.Format.HTML), "",
                Published.UNKNOWN, Optional.empty(), List.of(), List.of(), text, List.of(),
                new OffsetMap.Builder().inserted(text.length()).build());
        Record written = Record.of(article);
        try (Store store = Store.open(dir.resolve("store.duckdb"))) {
            store.write(store.beginRun(List.of("bare.txt"), ""), List.of(written), List.of());

            assertThat(store.article(written.id()).orElseThrow()).usingRecursiveComparison().isEqualTo(written);
        }
    }

    @Test
    void readsBackTheFetchTimeOfACrawledPageAndItsUpperBoundOnThePublicationDate() {
        String text = "The bridge reopened.";
        Source crawled = new Source("file:crawl.warc#0", Source.Format.HTML, Optional.of("https://news.example/bridge"),
                Optional.empty(), Optional.of(Instant.parse("2024-05-01T18:00:00.250Z")));
        Article article = new Article(ArticleIds.of("Bridge", text), crawled, "Bridge",
                Published.notAfter(LocalDate.of(2024, 5, 2), "fetched", "WARC-Date 2024-05-01T18:00:00.250Z"),
                Optional.empty(), List.of(), List.of(), text, List.of(), OffsetMap.identity(text.length()));
        Record written = Record.of(article);
        try (Store store = Store.open(dir.resolve("store.duckdb"))) {
            store.write(store.beginRun(List.of("crawl.warc"), ""), List.of(written), List.of());

            Record read = store.article(written.id()).orElseThrow();

            assertThat(read.article().source().fetched()).contains(Instant.parse("2024-05-01T18:00:00.250Z"));
            assertThat(read.article().published().notAfter()).contains(LocalDate.of(2024, 5, 2));
            assertThat(read).usingRecursiveComparison().isEqualTo(written);
        }
    }

    @Test
    void unknownIdReadsAsEmpty() {
        try (Store store = Store.open(dir.resolve("store.duckdb"))) {
            assertThat(store.article("a-ffffffffffffffff")).isEmpty();
        }
    }
}
