package org.wirescope.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Plain JDBC on a closed store's file, to look at the tables the way an analyst would. */
final class Sql {

    private Sql() {
    }

    /** The rows of {@code query}, each as a list of its column values as strings. */
    static List<List<String>> rows(Path file, String query) throws SQLException {
        return rows("jdbc:duckdb:" + file.toAbsolutePath(), query);
    }

    /** The rows of {@code query} run in an in-memory database, for reading exported files. */
    static List<List<String>> inMemory(String query) throws SQLException {
        return rows("jdbc:duckdb:", query);
    }

    private static List<List<String>> rows(String url, String query) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(query)) {
            int columns = row.getMetaData().getColumnCount();
            List<List<String>> rows = new ArrayList<>();
            while (row.next()) {
                List<String> values = new ArrayList<>(columns);
                for (int i = 1; i <= columns; i++) {
                    values.add(row.getString(i));
                }
                rows.add(values);
            }
            return rows;
        }
    }

    static void execute(Path file, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
