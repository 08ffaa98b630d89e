package org.wirescope.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Days from {@code from} to {@code to}, both included; an absent end is open. A range with an end
 * admits only rows whose date is known.
 *
 * <pre>{@code
 * DateRange first = DateRange.between(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));
 * DateRange since = new DateRange(Optional.of(LocalDate.of(2025, 1, 1)), Optional.empty());
 * }</pre>
 */
public record DateRange(Optional<LocalDate> from, Optional<LocalDate> to) {

    /** Every day, and rows of no known date too. */
    public static final DateRange ALL = new DateRange(Optional.empty(), Optional.empty());

    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new IllegalArgumentException("from " + from.get() + " is after to " + to.get());
        }
    }

    public static DateRange between(LocalDate from, LocalDate to) {
        return new DateRange(Optional.of(from), Optional.of(to));
    }

    public boolean isAll() {
        return from.isEmpty() && to.isEmpty();
    }

    /** An SQL condition on {@code column} with one {@code ?} per present end, to be filled by {@link #bind}. */
    String condition(String column) {
        StringBuilder sql = new StringBuilder("TRUE");
        from.ifPresent(day -> sql.append(" AND ").append(column).append(" >= ?"));
        to.ifPresent(day -> sql.append(" AND ").append(column).append(" <= ?"));
        return sql.toString();
    }

    /** Fills the parameters of {@link #condition} from {@code index}; returns the next free index. */
    int bind(PreparedStatement statement, int index) throws SQLException {
        int next = index;
        if (from.isPresent()) statement.setObject(next++, from.get());
        if (to.isPresent()) statement.setObject(next++, to.get());
        return next;
    }

    @Override
    public String toString() {
        return from.map(LocalDate::toString).orElse("*") + " to " + to.map(LocalDate::toString).orElse("*");
    }
}
