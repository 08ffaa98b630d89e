package org.wirescope.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.duckdb.DuckDBConnection;

/**
 * Connections for reading, duplicated from the store's own connection: they share its database, so
 * they see every committed batch, but each runs its queries on its own, in parallel with the others
 * and with a write batch in progress on the main connection (DuckDB's MVCC gives every reader the
 * last committed state). At most {@code size} exist; they are made when first needed and a reader
 * waits for a free one when all are busy.
 */
final class ReadConnections implements AutoCloseable {

    private final DuckDBConnection origin;
    private final int size;
    private final BlockingQueue<Connection> idle;
    private final List<Connection> made = new ArrayList<>();
    private final Map<Connection, StatementCache> statements = new IdentityHashMap<>();
    private boolean closed;

    ReadConnections(Connection origin, int size) throws SQLException {
        if (size < 1) throw new IllegalArgumentException("size must be >= 1, was " + size);
        this.origin = origin.unwrap(DuckDBConnection.class);
        this.size = size;
        this.idle = new ArrayBlockingQueue<>(size);
    }

    /** Runs {@code work} with the kept statements of a connection of its own, then hands the connection back. */
    <T> T withStatements(StatementWork<T> work) throws SQLException {
        Connection connection = borrow();
        try {
            StatementCache cache;
            synchronized (this) {
                cache = statements.computeIfAbsent(connection, StatementCache::new);
            }
            return work.run(cache);
        } finally {
            idle.add(connection);
        }
    }

    /** Runs {@code work} on a connection of its own, then hands the connection back. */
    <T> T with(Work<T> work) throws SQLException {
        Connection connection = borrow();
        try {
            return work.run(connection);
        } finally {
            idle.add(connection);
        }
    }

    private Connection borrow() throws SQLException {
        Connection free = idle.poll();
        if (free != null) return free;
        synchronized (this) {
            if (closed) throw new SQLException("the store is closed");
            if (made.size() < size) {
                Connection fresh = origin.duplicate();
                // A duplicate inherits the origin's auto-commit; made during a write batch it would
                // otherwise read one snapshot for ever.
                fresh.setAutoCommit(true);
                made.add(fresh);
                return fresh;
            }
        }
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a read connection", e);
        }
    }

    @Override
    public synchronized void close() throws SQLException {
        closed = true;
        SQLException failure = null;
        for (StatementCache cache : statements.values()) {
            try {
                cache.close();
            } catch (SQLException e) {
                if (failure == null) failure = e;
                else failure.addSuppressed(e);
            }
        }
        statements.clear();
        for (Connection connection : made) {
            try {
                connection.close();
            } catch (SQLException e) {
                if (failure == null) failure = e;
                else failure.addSuppressed(e);
            }
        }
        made.clear();
        if (failure != null) throw failure;
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    @FunctionalInterface
    interface StatementWork<T> {
        T run(StatementCache statements) throws SQLException;
    }
}
