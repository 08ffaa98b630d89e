package org.wirescope.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Store#dyads} counts: the events from one side to the other, per period.
 *
 * <pre>{@code
 * store.dyads(DyadQuery.monthly().withSource("IRN").withTarget("USA"));
 * }</pre>
 *
 * @param source   the start of the source actor's code, ignoring case; empty for any source
 * @param target   the start of the target actor's code, ignoring case; empty for any target
 * @param interval the length of a period: {@code day}, {@code week} (starting Monday), {@code month}
 *                 or {@code year}, in any case
 * @param from     the earliest day, inclusive, as in {@link EventQuery}
 * @param to       the latest day, inclusive
 * @param bothWays whether events from the target to the source count too (IRN to USA and USA to IRN);
 *                 with one side only, the events that side takes part in on either end
 */
public record DyadQuery(Optional<String> source, Optional<String> target, String interval,
                        Optional<LocalDate> from, Optional<LocalDate> to, boolean bothWays) {

    /** The intervals a query takes, shortest first. */
    public static final List<String> INTERVALS = List.of("day", "week", "month", "year");

    public DyadQuery {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        interval = interval.strip().toLowerCase(Locale.ROOT);
        if (!INTERVALS.contains(interval)) {
            throw new IllegalArgumentException("interval must be one of " + String.join(", ", INTERVALS)
                    + ", was '" + interval + "'");
        }
    }

    /** A query counting one way only, from the source to the target. */
    public DyadQuery(Optional<String> source, Optional<String> target, String interval, Optional<LocalDate> from,
                     Optional<LocalDate> to) {
        this(source, target, interval, from, to, false);
    }

    /** Every event, counted per month. */
    public static DyadQuery monthly() {
        return new DyadQuery(Optional.empty(), Optional.empty(), "month", Optional.empty(), Optional.empty(), false);
    }

    public DyadQuery withSource(String codePrefix) {
        return new DyadQuery(Optional.of(codePrefix), target, interval, from, to, bothWays);
    }

    public DyadQuery withTarget(String codePrefix) {
        return new DyadQuery(source, Optional.of(codePrefix), interval, from, to, bothWays);
    }

    public DyadQuery withInterval(String length) {
        return new DyadQuery(source, target, length, from, to, bothWays);
    }

    public DyadQuery withFrom(LocalDate day) {
        return new DyadQuery(source, target, interval, Optional.of(day), to, bothWays);
    }

    public DyadQuery withTo(LocalDate day) {
        return new DyadQuery(source, target, interval, from, Optional.of(day), bothWays);
    }

    /** This query counting the events between its sides in both directions. */
    public DyadQuery withBothWays() {
        return new DyadQuery(source, target, interval, from, to, true);
    }
}
