package org.wirescope.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an analyst sees when opening the file with DuckDB's own tools. */
class StoreTablesTest {

    @TempDir
    Path dir;

    @Test
    void rowCountsListEveryTable() {
        try (Store store = Store.open(dir.resolve("store.duckdb"))) {
            store.write(store.beginRun(List.of("harbor.txt"), ""), List.of(Fixtures.fullRecord()), List.of());

            assertThat(store.rowCounts()).containsOnlyKeys("actors", "articles", "captions", "dates", "events",
                    "event_sides", "pair_days", "table_order", "actor_key_ids", "code_ids", "mentions", "quotes", "rejects", "runs", "schema_version",
                    "story_signatures");
            assertThat(store.rowCounts()).containsEntry("articles", 1L).containsEntry("captions", 2L)
                    .containsEntry("actors", 3L).containsEntry("mentions", 4L).containsEntry("quotes", 2L)
                    .containsEntry("events", 2L).containsEntry("dates", 2L).containsEntry("rejects", 0L)
                    .containsEntry("runs", 1L).containsEntry("schema_version", (long) Migrations.LATEST)
                    .containsEntry("event_sides", 2L);
        }
    }

    @Test
    void enumLikeValuesAreSpelledAsInTheJsonlContract() throws Exception {
        Path file = dir.resolve("store.duckdb");
        try (Store store = Store.open(file)) {
            store.write(store.beginRun(List.of("harbor.txt"), ""), List.of(Fixtures.fullRecord()), List.of());
        }

        assertThat(Sql.rows(file, "SELECT source_format, published_how FROM articles"))
                .containsExactly(List.of("text", "dateline"));
        assertThat(Sql.rows(file, "SELECT kind FROM quotes ORDER BY idx"))
                .containsExactly(List.of("direct"), List.of("indirect"));
        assertThat(Sql.rows(file, "SELECT modality FROM events ORDER BY idx"))
                .containsExactly(List.of("negated"), List.of("conditional"));
        assertThat(Sql.rows(file, "SELECT type FROM actors ORDER BY idx"))
                .containsExactly(List.of("PERSON"), List.of("ORGANIZATION"), List.of("MEDIA"));
    }

    @Test
    void nestedColumnsAreQueryableWithPlainSql() throws Exception {
        Path file = dir.resolve("store.duckdb");
        try (Store store = Store.open(file)) {
            store.write(store.beginRun(List.of("harbor.txt"), ""), List.of(Fixtures.fullRecord()), List.of());
        }

        assertThat(Sql.rows(file, "SELECT byline[1], len(paragraphs), paragraphs[1][2] FROM articles"))
                .containsExactly(List.of("Ana Ruiz", "2", String.valueOf(Fixtures.FIRST.length())));
        assertThat(Sql.rows(file, "SELECT via->>'$[0].name', json_array_length(via) FROM quotes ORDER BY idx"))
                .containsExactly(List.of("Radio Lakeside", "2"), Arrays.asList(null, "0"));
        assertThat(Sql.rows(file, "SELECT count(*) FROM mentions m JOIN articles a ON a.id = m.article_id "
                + "WHERE substring(a.text, m.span_start + 1, m.span_end - m.span_start) = m.text"))
                .containsExactly(List.of("4"));
    }

    @Test
    void resumedRunKeepsItsRowAndCountsAttempts() throws Exception {
        Path file = dir.resolve("store.duckdb");
        try (Store store = Store.open(file)) {
            Run first = store.beginRun(List.of("harbor.txt"), "");
            store.finishRun(first, new RunStats(1, 1, 0, 120, "failed"));
            Run second = store.beginRun(List.of("harbor.txt"), "");
            store.finishRun(second, new RunStats(1, 1, 0, 120, "finished"));
        }

        assertThat(Sql.rows(file, "SELECT inputs, attempts, status, files, articles, rejects, bytes, "
                + "finished_at IS NOT NULL, started_at <= attempt_started_at FROM runs"))
                .containsExactly(List.of("[harbor.txt]", "2", "finished", "1", "1", "0", "120", "true", "true"));
    }
}
