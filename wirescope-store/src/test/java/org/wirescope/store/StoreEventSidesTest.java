package org.wirescope.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
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

    @Test
    void isPutBackInCodeAndDayOrderOnceRowsAppendedOutOfOrderPassATenthOfIt() throws Exception {
        Path file = dir.resolve("bench.duckdb");
        SyntheticStore.generate(file, new SyntheticStore.Size(200, 3000, 3), n -> { });
        assertThat(rowsOutOfOrder(file)).containsExactly(List.of("0"));
        assertThat(Sql.rows(file, "SELECT sorted_rows FROM table_order WHERE table_name = 'event_sides'"))
                .containsExactly(List.of("3000"));
        List<DyadPeriod> before;
        try (Store store = Store.open(file)) {
            before = store.dyads(DyadQuery.monthly().withSource("IRN").withTarget("USA"));
        }
        Sql.execute(file, "CREATE TABLE shuffled AS SELECT * FROM event_sides ORDER BY hash(event_id, article_id)");
        Sql.execute(file, "DELETE FROM event_sides");
        Sql.execute(file, "INSERT INTO event_sides SELECT * FROM shuffled");
        Sql.execute(file, "UPDATE table_order SET sorted_rows = 2800 WHERE table_name = 'event_sides'");

        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file);
             Statement statement = connection.createStatement()) {
            assertThat(EventSides.keepInOrder(statement, 100)).as("200 of 3000 rows appended: under a tenth").isFalse();
            statement.execute("UPDATE table_order SET sorted_rows = 2000 WHERE table_name = 'event_sides'");
            assertThat(EventSides.keepInOrder(statement, 1001)).as("under the minimum").isFalse();
            assertThat(EventSides.keepInOrder(statement, 100)).isTrue();
            assertThat(EventSides.keepInOrder(statement, 100)).as("already in order").isFalse();
        }

        assertThat(rowsOutOfOrder(file)).containsExactly(List.of("0"));
        assertThat(Sql.rows(file, "SELECT sorted_rows, (SELECT count(*) FROM event_sides) FROM table_order "
                + "WHERE table_name = 'event_sides'")).containsExactly(List.of("3000", "3000"));
        try (Store store = Store.open(file)) {
            assertThat(store.dyads(DyadQuery.monthly().withSource("IRN").withTarget("USA"))).isNotEmpty().isEqualTo(before);
        }
    }

    private static List<List<String>> rowsOutOfOrder(Path file) throws Exception {
        return Sql.rows(file, "SELECT count(*) FILTER (WHERE (source_cid, target_cid, day) < previous) FROM "
                + "(SELECT source_cid, target_cid, day, lag((source_cid, target_cid, day)) OVER () AS previous FROM event_sides)");
    }

    @Test
    void pairDaysSumToTheEventsBetweenDistinctResolvedActorsAndMergeWhenPutInOrder() throws Exception {
        Path file = dir.resolve("bench.duckdb");
        SyntheticStore.generate(file, new SyntheticStore.Size(200, 3000, 5), n -> { });
        String fromSides = "SELECT source_kid, target_kid, count(*), round(sum(goldstein), 6), count(*) FILTER (WHERE quad_class >= 3) "
                + "FROM event_sides WHERE source_kid <> target_kid GROUP BY ALL ORDER BY ALL";
        String fromPairs = "SELECT source_kid, target_kid, sum(events), round(sum(goldstein), 6), sum(conflict) "
                + "FROM pair_days GROUP BY ALL ORDER BY ALL";
        List<List<String>> expected = Sql.rows(file, fromSides);
        assertThat(expected).isNotEmpty();
        assertThat(Sql.rows(file, fromPairs)).isEqualTo(expected);

        Sql.execute(file, "INSERT INTO pair_days SELECT * FROM pair_days");
        Sql.execute(file, "UPDATE pair_days SET events = 0, goldstein = 0, conflict = 0 WHERE rowid >= (SELECT count(*) / 2 FROM pair_days)");
        long doubled = Long.parseLong(Sql.rows(file, "SELECT count(*) FROM pair_days").get(0).get(0));
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file);
             Statement statement = connection.createStatement()) {
            assertThat(EventSides.keepInOrder(statement, 1)).isTrue();
        }

        assertThat(Sql.rows(file, fromPairs)).isEqualTo(expected);
        assertThat(Long.parseLong(Sql.rows(file, "SELECT count(*) FROM pair_days").get(0).get(0))).isEqualTo(doubled / 2);
        assertThat(Sql.rows(file, "SELECT count(*) FILTER (WHERE day < previous) FROM "
                + "(SELECT day, lag(day) OVER () AS previous FROM pair_days)")).containsExactly(List.of("0"));
    }
}
