package org.wirescope.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.UnaryOperator;

/**
 * The tables {@code event_sides}, {@code actor_key_ids} and {@code code_ids} (migration 4): each
 * event with its day, its story, its codes in upper case and the numbers of the actor keys and codes
 * on either side, worked out once from {@code events}, {@code articles} and {@code actors}; and
 * {@code pair_days} (migration 8), the events per day between each pair of numbered actor keys. The batch
 * writer adds a batch's rows in the batch's transaction, reading the batch's staging tables only;
 * {@link #align} rebuilds the tables from the stored ones when they do not hold exactly the stored
 * events. The table is kept in the order of its side codes and days (see {@link #keepInOrder}).
 */
final class EventSides {

    static final String TABLE = "event_sides";

    /**
     * Each event with its day (its own date, else its article's publication date or lower bound), its
     * story (the first article of its article's near-duplicate cluster, else the article it copies,
     * else its own article) and the keys, names, types and countries of its resolved sides. The
     * braces name the tables read.
     */
    private static final String SIDES = """
            SELECT e.article_id, e.event_id,
                   coalesce(e.date, ar.published_date, ar.published_not_before) AS day,
                   coalesce(ar.cluster, ar.duplicate_of, ar.id) AS story,
                   upper(e.source_code) AS source_code, e.source_name, upper(e.target_code) AS target_code,
                   e.target_name, e.cameo, e.quad_class, e.goldstein,
                   CASE WHEN s.name IS NOT NULL THEN actor_key(s.name, s.country) END AS source_key,
                   s.name AS source_actor_name, s.type AS source_type, s.country AS source_country,
                   CASE WHEN t.name IS NOT NULL THEN actor_key(t.name, t.country) END AS target_key,
                   t.name AS target_actor_name, t.type AS target_type, t.country AS target_country
            FROM {events} e
            JOIN {articles} ar ON ar.id = e.article_id
            LEFT JOIN {actors} s ON s.article_id = e.article_id AND s.actor_id = e.source_actor
            LEFT JOIN {actors} t ON t.article_id = e.article_id AND t.actor_id = e.target_actor""";

    /** The sides, kept for the statements of one batch or rebuild. */
    private static final String KEEP = "CREATE OR REPLACE TEMP TABLE sides_now AS " + SIDES;

    /** Numbers the keys of the sides that have none yet. */
    private static final String NUMBER_KEYS = """
            INSERT INTO actor_key_ids
            SELECT base.n + row_number() OVER (ORDER BY fresh.key), fresh.key, fresh.name, fresh.type, fresh.country
            FROM (SELECT key, any_value(name) AS name, any_value(type) AS type, any_value(country) AS country
                  FROM (SELECT source_key AS key, source_actor_name AS name, source_type AS type,
                               source_country AS country FROM sides_now
                        UNION ALL
                        SELECT target_key, target_actor_name, target_type, target_country FROM sides_now)
                  WHERE key IS NOT NULL AND key NOT IN (SELECT key FROM actor_key_ids)
                  GROUP BY key) fresh,
                 (SELECT coalesce(max(kid), 0) AS n FROM actor_key_ids) base""";

    /** Numbers the codes of the sides that have none yet. */
    private static final String NUMBER_CODES = """
            INSERT INTO code_ids
            SELECT base.n + row_number() OVER (ORDER BY fresh.code), fresh.code
            FROM (SELECT DISTINCT code FROM (SELECT source_code AS code FROM sides_now
                                             UNION SELECT target_code FROM sides_now)
                  WHERE code IS NOT NULL AND code NOT IN (SELECT code FROM code_ids)) fresh,
                 (SELECT coalesce(max(cid), 0) AS n FROM code_ids) base""";

    private static final String ADD = """
            INSERT INTO event_sides
            SELECT v.article_id, v.event_id, v.day, v.story, v.source_code, v.source_name, v.target_code,
                   v.target_name, v.cameo, v.quad_class, v.goldstein, ks.kid, kt.kid, cs.cid, ct.cid
            FROM sides_now v
            LEFT JOIN actor_key_ids ks ON ks.key = v.source_key
            LEFT JOIN actor_key_ids kt ON kt.key = v.target_key
            LEFT JOIN code_ids cs ON cs.code = v.source_code
            LEFT JOIN code_ids ct ON ct.code = v.target_code
            ORDER BY cs.cid, ct.cid, v.day""";

    /**
     * The order the table is kept in (see migration 8): a dyad query's rows then lie in a few row
     * groups, which DuckDB's zone maps let it skip to.
     */
    private static final String ORDER = "source_cid, target_cid, day";

    static final String PAIR_DAYS = "pair_days";

    private static final String PAIR_DAYS_ORDER = "day, source_kid, target_kid";

    /** The events of the sides just added between two distinct resolved actors, per day and pair. */
    private static final String ADD_PAIR_DAYS = """
            INSERT INTO pair_days
            SELECT v.day, ks.kid, kt.kid, count(*), sum(v.goldstein), count(*) FILTER (WHERE v.quad_class >= 3)
            FROM sides_now v
            JOIN actor_key_ids ks ON ks.key = v.source_key
            JOIN actor_key_ids kt ON kt.key = v.target_key
            WHERE ks.kid <> kt.kid
            GROUP BY v.day, ks.kid, kt.kid
            ORDER BY v.day, ks.kid, kt.kid""";

    /** {@code pair_days} with one row per day and pair. */
    private static final String MERGED_PAIR_DAYS = """
            SELECT day, source_kid, target_kid, sum(events), sum(goldstein), sum(conflict)
            FROM pair_days GROUP BY day, source_kid, target_kid""";

    /** Rows appended out of order that never call for a rewrite, however small the table. */
    static final long MIN_UNSORTED = 50_000;

    private EventSides() {
    }

    /**
     * Adds the sides of the events in the tables {@code table} names for each stored table (a
     * batch's staging tables), of the articles in its {@code articles} table only.
     */
    static void add(Statement statement, UnaryOperator<String> table) throws SQLException {
        String sides = KEEP.replace("{events}", table.apply("events")).replace("{articles}", table.apply("articles"))
                .replace("{actors}", table.apply("actors"));
        fill(statement, sides);
        keepInOrder(statement, MIN_UNSORTED);
    }

    /**
     * Rewrites {@code event_sides} and {@code pair_days} in their orders where the rows appended since
     * they were last in order pass a tenth of them and {@code minUnsorted} ({@link #MIN_UNSORTED} when
     * writing); returns whether it rewrote either. Runs in the caller's transaction. Doubling a table's
     * rows costs at most about ten rewrites, so the cost per row stays constant.
     */
    static boolean keepInOrder(Statement statement, long minUnsorted) throws SQLException {
        boolean sides = keepInOrder(statement, TABLE, "SELECT * FROM " + TABLE, ORDER, minUnsorted);
        boolean pairs = keepInOrder(statement, PAIR_DAYS, MERGED_PAIR_DAYS, PAIR_DAYS_ORDER, minUnsorted);
        return sides || pairs;
    }

    private static boolean keepInOrder(Statement statement, String table, String rows, String order, long minUnsorted)
            throws SQLException {
        long total = count(statement, table);
        long sorted;
        try (ResultSet row = statement.executeQuery("SELECT sorted_rows FROM table_order WHERE table_name = '" + table + "'")) {
            sorted = row.next() ? row.getLong(1) : 0;
        }
        long unsorted = total - sorted;
        if (unsorted < minUnsorted || unsorted * 10 < total) return false;
        statement.execute("CREATE OR REPLACE TEMP TABLE unsorted_rows AS " + rows);
        try {
            statement.executeUpdate("DELETE FROM " + table);
            statement.executeUpdate("INSERT INTO " + table + " SELECT * FROM unsorted_rows ORDER BY " + order);
        } finally {
            statement.execute("DROP TABLE IF EXISTS unsorted_rows");
        }
        recordSorted(statement, table);
        return true;
    }

    /** Records that every row of {@code table} is in its order. */
    private static void recordSorted(Statement statement, String table) throws SQLException {
        statement.executeUpdate("UPDATE table_order SET sorted_rows = (SELECT count(*) FROM " + table
                + ") WHERE table_name = '" + table + "'");
    }

    /** Rebuilds the tables when {@code event_sides} does not have one row per event, in one transaction; returns whether it did. */
    static boolean align(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (count(statement, TABLE) == count(statement, "events")) return false;
            connection.setAutoCommit(false);
            try {
                statement.execute("DELETE FROM " + TABLE);
                statement.execute("DELETE FROM " + PAIR_DAYS);
                fill(statement, KEEP.replace("{events}", "events").replace("{articles}", "articles")
                        .replace("{actors}", "actors"));
                recordSorted(statement, TABLE);
                recordSorted(statement, PAIR_DAYS);
                connection.commit();
                return true;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private static void fill(Statement statement, String keep) throws SQLException {
        statement.execute(keep);
        try {
            statement.executeUpdate(NUMBER_KEYS);
            statement.executeUpdate(NUMBER_CODES);
            statement.executeUpdate(ADD);
            statement.executeUpdate(ADD_PAIR_DAYS);
        } finally {
            statement.execute("DROP TABLE IF EXISTS sides_now");
        }
    }

    private static long count(Statement statement, String table) throws SQLException {
        try (ResultSet row = statement.executeQuery("SELECT count(*) FROM " + table)) {
            row.next();
            return row.getLong(1);
        }
    }
}
