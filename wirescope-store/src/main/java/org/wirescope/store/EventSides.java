package org.wirescope.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.UnaryOperator;

/**
 * The tables {@code event_sides}, {@code actor_key_ids} and {@code code_ids} (migration 4): each
 * event with its day, its story, its codes in upper case and the numbers of the actor keys and codes
 * on either side, worked out once from {@code events}, {@code articles} and {@code actors}. The batch
 * writer adds a batch's rows in the batch's transaction, reading the batch's staging tables only;
 * {@link #align} rebuilds the tables from the stored ones when they do not hold exactly the stored
 * events.
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
            LEFT JOIN code_ids ct ON ct.code = v.target_code""";

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
    }

    /** Rebuilds the tables when {@code event_sides} does not have one row per event, in one transaction; returns whether it did. */
    static boolean align(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (count(statement, TABLE) == count(statement, "events")) return false;
            connection.setAutoCommit(false);
            try {
                statement.execute("DELETE FROM " + TABLE);
                fill(statement, KEEP.replace("{events}", "events").replace("{articles}", "articles")
                        .replace("{actors}", "actors"));
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
