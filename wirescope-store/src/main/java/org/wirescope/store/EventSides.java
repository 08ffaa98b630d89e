package org.wirescope.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The table {@code event_sides} (migration 3): each event with its day, its story and the keys of
 * the actors on either side, worked out once from {@code events}, {@code articles} and {@code actors}
 * by the view {@code event_sides_source}. The batch writer adds a batch's rows in the batch's
 * transaction; {@link #align} rebuilds the table when it does not hold exactly the stored events.
 */
final class EventSides {

    static final String TABLE = "event_sides";
    /** Adds rows of the view; the caller appends a {@code WHERE} choosing the articles. */
    static final String ADD = "INSERT INTO event_sides SELECT * FROM event_sides_source";

    private EventSides() {
    }

    /** Rebuilds the table when its row count is not the events', in one transaction; returns whether it did. */
    static boolean align(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            long events = count(statement, "events");
            if (count(statement, TABLE) == events) return false;
            connection.setAutoCommit(false);
            try {
                statement.execute("DELETE FROM " + TABLE);
                statement.execute(ADD);
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
