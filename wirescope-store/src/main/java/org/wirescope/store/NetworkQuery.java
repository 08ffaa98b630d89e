package org.wirescope.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Store#network} draws: the events between resolved actors on the days given, the
 * {@code limit} heaviest pairs of actors.
 *
 * @param from  the earliest day, inclusive, as in {@link EventQuery}
 * @param to    the latest day, inclusive
 * @param limit at most this many edges, {@code >= 0}
 */
public record NetworkQuery(Optional<LocalDate> from, Optional<LocalDate> to, int limit) {

    public NetworkQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (limit < 0) throw new IllegalArgumentException("limit must be >= 0, was " + limit);
    }

    /** The heaviest {@code limit} edges over all days. */
    public static NetworkQuery top(int limit) {
        return new NetworkQuery(Optional.empty(), Optional.empty(), limit);
    }

    public NetworkQuery withFrom(LocalDate day) {
        return new NetworkQuery(Optional.of(day), to, limit);
    }

    public NetworkQuery withTo(LocalDate day) {
        return new NetworkQuery(from, Optional.of(day), limit);
    }
}
