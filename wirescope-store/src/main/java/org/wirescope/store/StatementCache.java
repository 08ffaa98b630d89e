package org.wirescope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The prepared statements of one read connection, kept for reuse: preparing costs DuckDB about as
 * much as running a small lookup, and the reads a web page makes are the same few statements again
 * and again. Used by one thread at a time, as its connection is; callers close the result sets they
 * open but never the statements.
 */
final class StatementCache implements AutoCloseable {

    private final Connection connection;
    private final Map<String, PreparedStatement> kept = new HashMap<>();

    StatementCache(Connection connection) {
        this.connection = connection;
    }

    /** The statement for {@code sql}, prepared on first use, with no parameters bound. */
    PreparedStatement prepared(String sql) throws SQLException {
        PreparedStatement statement = kept.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            kept.put(sql, statement);
        } else {
            statement.clearParameters();
        }
        return statement;
    }

    @Override
    public void close() throws SQLException {
        SQLException failure = null;
        for (PreparedStatement statement : kept.values()) {
            try {
                statement.close();
            } catch (SQLException e) {
                if (failure == null) failure = e;
                else failure.addSuppressed(e);
            }
        }
        kept.clear();
        if (failure != null) throw failure;
    }
}
