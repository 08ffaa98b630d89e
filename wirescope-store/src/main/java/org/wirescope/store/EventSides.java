package org.wirescope.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The tables {@code event_sides}, {@code actor_key_ids} and {@code code_ids} (migration 3): each
 * event with its day, its story, its codes in upper case and the numbers of the actor keys and codes
 * on either side, worked out
 * once from {@code events}, {@code articles} and {@code actors} by the view {@code event_sides_source}.
 * The batch writer adds a batch's rows in the batch's transaction; {@link #align} rebuilds the
 * tables when they do not hold exactly the stored events.
 */
final class EventSides {

    static final String TABLE = "event_sides";

    /** Numbers the keys of the chosen events' actors that have none yet. {@code CHOSEN} stands for a condition on {@code v}. */
    private static final String NUMBER_KEYS = """
            INSERT INTO actor_key_ids
            SELECT base.n + row_number() OVER (ORDER BY fresh.key), fresh.key, fresh.name, fresh.type, fresh.country
            FROM (SELECT key, any_value(name) AS name, any_value(type) AS type, any_value(country) AS country
                  FROM (SELECT source_key AS key, source_actor_name AS name, source_type AS type,
                               source_country AS country FROM event_sides_source v WHERE CHOSEN
                        UNION ALL
                        SELECT target_key, target_actor_name, target_type, target_country
                        FROM event_sides_source v WHERE CHOSEN)
                  WHERE key IS NOT NULL AND key NOT IN (SELECT key FROM actor_key_ids)
                  GROUP BY key) fresh,
                 (SELECT coalesce(max(kid), 0) AS n FROM actor_key_ids) base""";

    /** Numbers the upper-case codes of the chosen events that have none yet. */
    private static final String NUMBER_CODES = """
            INSERT INTO code_ids
            SELECT base.n + row_number() OVER (ORDER BY fresh.code), fresh.code
            FROM (SELECT DISTINCT code FROM (
                      SELECT upper(source_code) AS code FROM event_sides_source v WHERE CHOSEN
                      UNION SELECT upper(target_code) FROM event_sides_source v WHERE CHOSEN)
                  WHERE code IS NOT NULL AND code NOT IN (SELECT code FROM code_ids)) fresh,
                 (SELECT coalesce(max(cid), 0) AS n FROM code_ids) base""";

    /** Adds the chosen events. {@code CHOSEN} stands for a condition on {@code v}. */
    private static final String ADD = """
            INSERT INTO event_sides
            SELECT v.article_id, v.event_id, v.day, v.story, upper(v.source_code), v.source_name, upper(v.target_code),
                   v.target_name, v.cameo, v.quad_class, v.goldstein, ks.kid, kt.kid, cs.cid, ct.cid
            FROM event_sides_source v
            LEFT JOIN actor_key_ids ks ON ks.key = v.source_key
            LEFT JOIN actor_key_ids kt ON kt.key = v.target_key
            LEFT JOIN code_ids cs ON cs.code = upper(v.source_code)
            LEFT JOIN code_ids ct ON ct.code = upper(v.target_code)
            WHERE CHOSEN""";

    private EventSides() {
    }

    /** Adds the rows of the events of the articles {@code articleIds} (an SQL query of one column) selects. */
    static void add(Statement statement, String articleIds) throws SQLException {
        String chosen = "v.article_id IN (" + articleIds + ")";
        statement.executeUpdate(NUMBER_KEYS.replace("CHOSEN", chosen));
        statement.executeUpdate(NUMBER_CODES.replace("CHOSEN", chosen));
        statement.executeUpdate(ADD.replace("CHOSEN", chosen));
    }

    /** Rebuilds the tables when {@code event_sides} does not have one row per event, in one transaction; returns whether it did. */
    static boolean align(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (count(statement, TABLE) == count(statement, "events")) return false;
            connection.setAutoCommit(false);
            try {
                statement.execute("DELETE FROM " + TABLE);
                statement.executeUpdate(NUMBER_KEYS.replace("CHOSEN", "true"));
                statement.executeUpdate(NUMBER_CODES.replace("CHOSEN", "true"));
                statement.executeUpdate(ADD.replace("CHOSEN", "true"));
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

    private static long count(Statement statement, String table) throws SQLException {
        try (ResultSet row = statement.executeQuery("SELECT count(*) FROM " + table)) {
            row.next();
            return row.getLong(1);
        }
    }
}
