package org.wirescope.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.dedup.StorySignature;
import org.wirescope.model.Article;
import org.wirescope.model.ArticleIds;
import org.wirescope.model.Record;

/** The stored near-duplicate index, and counts of quotes and events as reports and as distinct stories. */
class StoreStoriesTest {

    @TempDir
    Path dir;

    private static StorySignature signature(Record record, int seed) {
        int[] minHash = new int[8];
        for (int i = 0; i < minHash.length; i++) minHash[i] = seed * 31 + i;
        return new StorySignature(record.id(), seed * 1_000_003L, minHash, record.cluster().orElse(record.id()));
    }

    private static List<StorySignature> stored(Store store) {
        List<StorySignature> all = new ArrayList<>();
        store.storySignatures(all::add);
        return all;
    }

    /** {@code original} under another title: a copy in the near-duplicate cluster {@code cluster}. */
    private static Record copy(Record original, String title, String cluster) {
        Article a = original.article();
        Article retitled = new Article(ArticleIds.of(title, a.text()), a.source(), title, a.published(), a.language(),
                a.byline(), a.captions(), a.text(), a.paragraphs(), a.rawMap());
        return new Record(retitled, original.actors(), original.quotes(), original.events(), original.dates(),
                Optional.empty(), Optional.of(cluster));
    }

    @Test
    void keepsTheSignaturesOfAddedArticlesInTheOrderGivenAcrossBatches() {
        List<Record> records = Fixtures.smallRecords(0, 3);
        List<StorySignature> given = List.of(signature(records.get(0), 1), signature(records.get(1), 2),
                signature(records.get(2), 3));
        try (Store store = Store.open(dir.resolve("store.duckdb"))) {
            Run run = store.beginRun(List.of("ferries.txt"), "");
            store.write(run, records.subList(0, 2), List.of(), given.subList(0, 2));
            store.write(run, records.subList(2, 3), List.of(), given.subList(2, 3));

            assertThat(stored(store)).containsExactlyElementsOf(given);
        }
    }

    @Test
    void keepsNoSignatureForAnArticleAlreadyStoredOrNotInTheBatch() {
        Record first = Fixtures.smallRecord(1);
        Record second = Fixtures.smallRecord(2);
        try (Store store = Store.open(dir.resolve("store.duckdb"))) {
            Run run = store.beginRun(List.of("ferries.txt"), "");
            store.write(run, List.of(first), List.of(), List.of(signature(first, 1)));

            store.write(run, List.of(first), List.of(), List.of(signature(first, 9), signature(second, 2)));

            assertThat(stored(store)).containsExactly(signature(first, 1));
            assertThat(store.storySignatures(s -> { })).isEqualTo(1);
        }
    }

    @Test
    void countsQuotesAndEventsAsRowsReportsAndDistinctStories() {
        Record original = Fixtures.smallRecord(1);
        Record rewrite = copy(original, "Ferry update, rewritten", original.id());
        Record other = Fixtures.smallRecord(2);
        try (Store store = Store.open(dir.resolve("store.duckdb"))) {
            store.write(store.beginRun(List.of("ferries.txt"), ""), List.of(original, rewrite, other), List.of());

            assertThat(store.quoteCounts(QuoteQuery.all(1, 0))).isEqualTo(new StoryCounts(3, 3, 2));
            assertThat(store.quoteCounts(QuoteQuery.all(10, 0).withText("noon"))).isEqualTo(new StoryCounts(3, 3, 2));
            assertThat(store.eventCounts(EventQuery.all(1, 0))).isEqualTo(new StoryCounts(3, 3, 2));
            assertThat(store.quoteCounts(QuoteQuery.all(10, 0).withSpeaker("nobody"))).isEqualTo(StoryCounts.NONE);
        }
    }

    @Test
    void countsTheStoriesBehindDyadsWithCopiesOfOneStoryOnce() {
        Record original = Fixtures.fullRecord();
        Record rewrite = copy(original, "Council puts off ferry vote", original.cluster().orElseThrow());
        Record alone = copy(original, "Ferry vote delayed again", "cluster-8");
        try (Store store = Store.open(dir.resolve("store.duckdb"))) {
            store.write(store.beginRun(List.of("harbor.txt"), ""), List.of(original, rewrite, alone), List.of());

            assertThat(store.dyads(DyadQuery.monthly())).singleElement().satisfies(month -> {
                assertThat(month.period()).isEqualTo(LocalDate.of(2024, 3, 1));
                assertThat(month.events()).isEqualTo(6);
                assertThat(month.reports()).isEqualTo(3);
                assertThat(month.periodReports()).isEqualTo(3);
                assertThat(month.stories()).isEqualTo(2);
                assertThat(month.periodStories()).isEqualTo(2);
            });
        }
    }

    @Test
    void migratesAnEarlierStoreSoThatEveryArticleNamesItsStory() throws Exception {
        Path file = dir.resolve("store.duckdb");
        for (String statement : Migrations.statements("001-initial.sql")) Sql.execute(file, statement);
        Sql.execute(file, "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, script VARCHAR NOT NULL, "
                + "applied_at TIMESTAMP NOT NULL)");
        Sql.execute(file, "INSERT INTO schema_version VALUES (1, '001-initial.sql', TIMESTAMP '2024-03-05 08:00:00')");
        Sql.execute(file, "INSERT INTO articles (id, source_uri, source_format, title, published_how, byline, text, "
                + "paragraphs, raw_map, raw_map_length, cluster, run_id, ingested_at) VALUES "
                + "('a-0000000000000001', 'file:a.txt', 'text', 'First', 'none', [], 'Body.', [[0, 5]], [[0, 0, 5]], 5, "
                + "NULL, 'r1', TIMESTAMP '2024-03-05 08:00:00'), "
                + "('a-0000000000000002', 'file:b.txt', 'text', 'Second', 'none', [], 'Body!', [[0, 5]], [[0, 0, 5]], 5, "
                + "'a-0000000000000001', 'r1', TIMESTAMP '2024-03-05 08:00:00')");

        try (Store store = Store.open(file)) {
            assertThat(store.article("a-0000000000000001").orElseThrow().cluster()).contains("a-0000000000000001");
            assertThat(store.article("a-0000000000000002").orElseThrow().cluster()).contains("a-0000000000000001");
            assertThat(store.article("a-0000000000000001").orElseThrow().article().source().fetched()).isEmpty();
        }
    }
}
