package org.wirescope.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code event_sides} follows the events: written with each batch, rebuilt on open when it does not match. */
class StoreEventSidesTest {

    @TempDir
    Path dir;

    @Test
    void holdsOneRowPerStoredEventWithItsDayStoryAndActorKeys() throws Exception {
        Path file = dir.resolve("store.duckdb");
        try (Store store = Store.open(file)) {
            store.write(store.beginRun(List.of("harbor"), ""), List.of(Fixtures.fullRecord()), List.of());
        }

        assertThat(Sql.rows(file, "SELECT count(*) FROM event_sides")).containsExactly(List.of("2"));
        assertThat(Sql.rows(file, "SELECT count(*) FROM event_sides s JOIN articles a ON a.id = s.article_id "
                + "WHERE s.story = coalesce(a.cluster, a.duplicate_of, a.id)")).containsExactly(List.of("2"));
        assertThat(Sql.rows(file, "SELECT count(*) FROM event_sides s JOIN events e USING (article_id, event_id) "
                + "WHERE s.day IS NOT DISTINCT FROM coalesce(e.date, (SELECT coalesce(published_date, published_not_before) "
                + "FROM articles WHERE id = e.article_id))")).containsExactly(List.of("2"));
    }

    @Test
    void isRebuiltOnOpenWhenItDoesNotHoldTheStoredEvents() throws Exception {
        Path file = dir.resolve("store.duckdb");
        try (Store store = Store.open(file)) {
            store.write(store.beginRun(List.of("harbor"), ""), List.of(Fixtures.fullRecord()), List.of());
        }
        Sql.rows(file, "DELETE FROM event_sides RETURNING article_id");

        try (Store store = Store.open(file)) {
            assertThat(store.rowCounts()).containsEntry("event_sides", 2L);
        }
    }
}
