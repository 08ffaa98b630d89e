package org.wirescope.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.model.Record;
import org.wirescope.model.Reject;

class StoreQueriesTest {

    @TempDir
    Path dir;

    @Test
    void listsArticlesNewestIngestFirstThenById() {
        try (Store store = Store.open(dir.resolve("store.duckdb"), Fixtures.steppingClock(), WriteProbe.NONE)) {
            Run run = store.beginRun(List.of("ferries.txt"), "");
            List<Record> older = Fixtures.smallRecords(0, 3);
            List<Record> newer = Fixtures.smallRecords(3, 2);
            store.write(run, older, List.of());
            store.write(run, newer, List.of());

            List<String> expected = new java.util.ArrayList<>();
            newer.stream().map(Record::id).sorted().forEach(expected::add);
            older.stream().map(Record::id).sorted().forEach(expected::add);

            assertThat(store.articles(10, 0)).extracting(ArticleSummary::id).containsExactlyElementsOf(expected);
            assertThat(store.articles(2, 1)).extracting(ArticleSummary::id).containsExactlyElementsOf(expected.subList(1, 3));
            assertThat(store.articles(10, 5)).isEmpty();
            assertThat(store.articleCount()).isEqualTo(5);
        }
    }

    @Test
    void summarisesAnArticle() {
        Record record = Fixtures.fullRecord();
        try (Store store = Store.open(dir.resolve("store.duckdb"))) {
            store.write(store.beginRun(List.of("harbor.txt"), ""), List.of(record), List.of());

            assertThat(store.articles(1, 0)).containsExactly(new ArticleSummary(record.id(), Fixtures.TITLE,
                    Optional.of(LocalDate.of(2024, 3, 5)), Optional.empty(), "dateline", 2, 2, 2, 2,
                    "file:fixtures/harbor.txt#1"));
        }
    }

    @Test
    void resolvesAUniquePrefixLikeAShortHash() {
        try (Store store = Store.open(dir.resolve("store.duckdb"))) {
            List<Record> records = Fixtures.smallRecords(0, 40);
            store.write(store.beginRun(List.of("ferries.txt"), ""), records, List.of());
            String id = records.get(0).id();
            String unique = shortestUniquePrefix(id, records);
            String shared = unique.substring(0, unique.length() - 1);

            assertThat(store.resolveId(unique)).contains(id);
            assertThat(store.resolveId(id)).contains(id);
            assertThat(store.resolveId(shared)).as("ambiguous prefix %s", shared).isEmpty();
            assertThat(store.resolveId("a-")).isEmpty();
            assertThat(store.resolveId("zz")).isEmpty();
            assertThat(store.resolveId("")).isEmpty();
        }
    }

    @Test
    void storesAnIdenticalRejectOnce() {
        Reject tooBig = new Reject("file:fixtures/huge.txt", "ingest", "over maxDocumentBytes (16 MiB)");
        Reject otherStage = new Reject("file:fixtures/huge.txt", "clean", "over maxDocumentBytes (16 MiB)");
        try (Store store = Store.open(dir.resolve("store.duckdb"))) {
            Run run = store.beginRun(List.of("fixtures"), "");

            BatchResult first = store.write(run, List.of(), List.of(tooBig, tooBig, otherStage));
            BatchResult second = store.write(store.beginRun(List.of("fixtures"), "--again"), List.of(), List.of(tooBig));

            assertThat(first.rejectsAdded()).isEqualTo(2);
            assertThat(second.rejectsAdded()).isZero();
            assertThat(store.rejects(10)).containsExactlyInAnyOrder(tooBig, otherStage);
            assertThat(store.rejects(1)).hasSize(1);
        }
    }

    /** The shortest prefix of {@code id} that no other record's id starts with. */
    private static String shortestUniquePrefix(String id, List<Record> records) {
        for (int length = 3; length <= id.length(); length++) {
            String prefix = id.substring(0, length);
            if (records.stream().filter(r -> r.id().startsWith(prefix)).count() == 1) return prefix;
        }
        return id;
    }
}
