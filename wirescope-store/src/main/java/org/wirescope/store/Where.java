package org.wirescope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Conditions joined with AND, each with the values for its parameters, in order. */
final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final List<String> values = new ArrayList<>();

    void add(String condition, String... parameters) {
        conditions.add(condition);
        values.addAll(List.of(parameters));
    }

    /**
     * {@code sql} with the conditions in place of its {@code %s}, then every value bound, then the
     * numbers that follow them ({@code limit} and {@code offset}, where the statement pages).
     */
    PreparedStatement prepare(Connection connection, String sql, int... then) throws SQLException {
        String condition = conditions.isEmpty() ? "true" : String.join(" AND ", conditions);
        PreparedStatement statement = connection.prepareStatement(sql.formatted(condition));
        try {
            int i = 1;
            for (String value : values) statement.setString(i++, value);
            for (int number : then) statement.setInt(i++, number);
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }
}
