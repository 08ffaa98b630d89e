package org.wirescope.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a database to the schema this build writes. Each version is one SQL script under
 * {@code migrations/}, applied in its own transaction and recorded in {@code schema_version}.
 */
final class Migrations {

    /** The scripts, in order: script {@code i} takes the schema from version {@code i} to {@code i + 1}. */
    static final List<String> SCRIPTS = List.of("001-initial.sql", "002-article-indexes.sql", "003-event-sides.sql",
            "004-numbered-sides.sql", "005-event-mediators.sql", "006-source-fetched.sql", "007-story-signatures.sql",
            "008-kept-order.sql");

    static final int LATEST = SCRIPTS.size();

    private Migrations() {
    }

    /** Applies every script newer than the database's version; returns the version reached. */
    static int migrate(Connection connection, String dbName, Instant now) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                    + "version INTEGER PRIMARY KEY, script VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
        }
        int current = currentVersion(connection);
        if (current > LATEST) {
            throw new StoreException(dbName + " has schema version " + current
                    + ", written by a newer wirescope; this build knows versions up to " + LATEST);
        }
        for (int version = current + 1; version <= LATEST; version++) {
            apply(connection, version, SCRIPTS.get(version - 1), now);
        }
        return LATEST;
    }

    static int currentVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void apply(Connection connection, int version, String script, Instant now) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement();
             PreparedStatement record = connection.prepareStatement("INSERT INTO schema_version VALUES (?, ?, ?)")) {
            for (String sql : statements(script)) {
                statement.execute(sql);
            }
            record.setInt(1, version);
            record.setString(2, script);
            record.setObject(3, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
            record.executeUpdate();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The statements of a script: {@code --} comment lines dropped, split where a line ends with {@code ;}. */
    static List<String> statements(String script) {
        String text = read("migrations/" + script);
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) continue;
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                statements.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalStateException("migration " + script + " ends without ';'");
        }
        return statements;
    }

    private static String read(String resource) {
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
