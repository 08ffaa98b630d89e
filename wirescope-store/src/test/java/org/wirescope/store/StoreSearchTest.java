package org.wirescope.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.store.search.QuerySyntaxException;
import org.wirescope.store.search.SearchKind;
import org.wirescope.store.search.SearchPage;
import org.wirescope.store.search.SearchRequest;

class StoreSearchTest {

    @TempDir
    Path dir;

    @Test
    void keepsTheIndexBesideTheDatabaseFile() {
        Path file = dir.resolve("news.duckdb");
        Store.open(file).close();

        assertThat(dir.resolve("news.duckdb.index")).isDirectory();
    }

    @Test
    void aWriteMakesItsArticlesQuotesAndEventsSearchable() {
        try (Store store = Store.open(dir.resolve("news.duckdb"))) {
            store.write(run(store), List.of(Fixtures.fullRecord()), List.of());

            assertThat(keys(store.search(SearchRequest.of("ferry", 20)))).containsExactlyInAnyOrder(
                    "article", "event e1");
            assertThat(keys(store.search(SearchRequest.of("speaker:Voss via:\"Radio Lakeside\"", 20))))
                    .containsExactly("quote q1");
            assertThat(keys(store.search(SearchRequest.of("cameo:08 country:USA", 20))))
                    .containsExactlyInAnyOrder("article", "event e1");
        }
    }

    @Test
    void reingestingAnArticleDoesNotDuplicateItsHits() {
        try (Store store = Store.open(dir.resolve("news.duckdb"))) {
            Run run = run(store);
            store.write(run, List.of(Fixtures.fullRecord(), Fixtures.smallRecord(1)), List.of());
            store.write(run, List.of(Fixtures.fullRecord(), Fixtures.fullRecord(), Fixtures.smallRecord(2)), List.of());

            SearchPage quotes = store.search(new SearchRequest("", Set.of(SearchKind.QUOTE), 100, null));

            assertThat(quotes.total()).isEqualTo(2 + 1 + 1);
            assertThat(quotes.hits()).extracting(hit -> hit.articleId() + "/" + hit.itemId()).doesNotHaveDuplicates();
        }
    }

    @Test
    void aBatchThatRollsBackAddsNothingToTheIndex() {
        WriteProbe failing = step -> {
            if (step.equals("events")) throw new SQLException("disk full (simulated)");
        };
        try (Store store = Store.open(dir.resolve("news.duckdb"), Fixtures.steppingClock(), failing)) {
            Run run = run(store);

            assertThatThrownBy(() -> store.write(run, List.of(Fixtures.fullRecord()), List.of()))
                    .hasMessageContaining("rolled back");

            assertThat(store.search(SearchRequest.of("", 10)).total()).isZero();
        }
    }

    @Test
    void reindexRebuildsTheIndexFromTheTablesReportingProgress() {
        try (Store store = Store.open(dir.resolve("news.duckdb"))) {
            store.write(run(store), Fixtures.smallRecords(0, 700), List.of());
            List<Long> progress = new ArrayList<>();

            long documents = store.reindex(progress::add);

            assertThat(documents).isEqualTo(700 * 3);
            assertThat(progress).isSorted().last().isEqualTo(2100L);
            assertThat(store.search(SearchRequest.of("holm", 5)).total()).isEqualTo(700 * 3);
            assertThat(store.search(SearchRequest.of("\"ferry number 699\"", 5)).hits())
                    .extracting(hit -> hit.kind() + " " + hit.title())
                    .containsExactlyInAnyOrder("ARTICLE Ferry update 699", "QUOTE Ferry update 699", "EVENT Ferry update 699");
        }
    }

    @Test
    void reindexReadsBackEverythingTheWriteIndexed() {
        Path file = dir.resolve("news.duckdb");
        List<String> written;
        try (Store store = Store.open(file)) {
            store.write(run(store), List.of(Fixtures.fullRecord(), Fixtures.smallRecord(3)), List.of());
            written = everything(store);

            store.reindex(documents -> { });

            assertThat(everything(store)).isEqualTo(written);
        }
    }

    @Test
    void openingAStoreWithoutItsIndexRebuildsIt() throws IOException {
        Path file = dir.resolve("news.duckdb");
        try (Store store = Store.open(file)) {
            store.write(run(store), List.of(Fixtures.fullRecord()), List.of());
        }
        deleteTree(dir.resolve("news.duckdb.index"));

        try (Store store = Store.open(file)) {
            assertThat(store.search(SearchRequest.of("speaker:Voss", 10)).total()).isEqualTo(1);
        }
    }

    @Test
    void aMalformedQueryIsASyntaxErrorNotAStoreError() {
        try (Store store = Store.open(dir.resolve("news.duckdb"))) {
            assertThatThrownBy(() -> store.search(SearchRequest.of("speaker:(Voss", 10)))
                    .isInstanceOf(QuerySyntaxException.class);
        }
    }

    @Test
    void aClosedStoreRefusesToSearch() {
        Store store = Store.open(dir.resolve("news.duckdb"));
        store.close();

        assertThatThrownBy(() -> store.search(SearchRequest.of("ferry", 10)))
                .isInstanceOf(StoreException.class).hasMessageContaining("is closed");
    }

    private static Run run(Store store) {
        return store.beginRun(List.of("fixtures/"), "");
    }

    private static List<String> everything(Store store) {
        SearchPage page = store.search(SearchRequest.of("", 1000));
        return page.hits().stream()
                .map(hit -> hit.kind() + " " + hit.articleId() + " " + hit.itemId() + " " + hit.title() + " "
                        + hit.published() + " " + hit.snippet())
                .sorted().toList();
    }

    private static List<String> keys(SearchPage page) {
        return page.hits().stream()
                .map(hit -> hit.kind().label() + (hit.itemId() == null ? "" : " " + hit.itemId()))
                .toList();
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
