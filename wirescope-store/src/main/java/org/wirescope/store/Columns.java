package org.wirescope.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * The columns of one stored row by name, read from a JDBC result set or from the row as DuckDB's
 * {@code to_json} renders it, so that one mapper turns either into a model object. A missing or
 * {@code NULL} column reads as {@code null}.
 */
interface Columns {

    String string(String column) throws SQLException;

    Integer integer(String column) throws SQLException;

    double real(String column) throws SQLException;

    LocalDate day(String column) throws SQLException;

    /** The current row of {@code row}. */
    static Columns of(ResultSet row) {
        return new Columns() {
            @Override
            public String string(String column) throws SQLException {
                return row.getString(column);
            }

            @Override
            public Integer integer(String column) throws SQLException {
                Object value = row.getObject(column);
                return value == null ? null : ((Number) value).intValue();
            }

            @Override
            public double real(String column) throws SQLException {
                return row.getDouble(column);
            }

            @Override
            public LocalDate day(String column) throws SQLException {
                return row.getObject(column, LocalDate.class);
            }
        };
    }

    /** A row rendered as a JSON object; a JSON-typed column (such as {@code quotes.via}) reads as its JSON text. */
    static Columns of(JsonNode row) {
        return new Columns() {
            @Override
            public String string(String column) {
                JsonNode value = row.get(column);
                if (value == null || value.isNull()) return null;
                return value.isTextual() ? value.asText() : value.toString();
            }

            @Override
            public Integer integer(String column) {
                JsonNode value = row.get(column);
                return value == null || value.isNull() ? null : value.asInt();
            }

            @Override
            public double real(String column) {
                JsonNode value = row.get(column);
                return value == null || value.isNull() ? 0 : value.asDouble();
            }

            @Override
            public LocalDate day(String column) {
                String value = string(column);
                return value == null ? null : LocalDate.parse(value);
            }
        };
    }
}
