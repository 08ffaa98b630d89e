package org.wirescope.time;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.wirescope.model.Published;

/**
 * What relative expressions are resolved against: the publication {@code date} when it is known,
 * else a lower {@code bound} on it, else nothing.
 *
 * <p>Two kinds of expression need an anchor. Those that count from the publication day itself
 * ("today", "yesterday", "next year", "two days ago", "last Tuesday", "next Monday") resolve only
 * against a known date: with a bound alone they would fix the publication day, which the bound
 * leaves open. Those that name a day or month near it ("on Friday", "March 28", "in March") also
 * resolve against a bound, but only to the bound itself, and only when the bound is such a day
 * (see {@link #near}).
 */
record Anchor(Optional<LocalDate> date, Optional<LocalDate> bound) {

    /** Days within which a date across New Year counts as the adjacent year's ("Jan. 5" in late December). */
    private static final int NEW_YEAR_REACH = 61;

    Anchor {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(bound, "bound");
    }

    static Anchor of(Published published) {
        Objects.requireNonNull(published, "published");
        return published.date().isPresent()
                ? new Anchor(published.date(), Optional.empty())
                : new Anchor(Optional.empty(), published.notBefore());
    }

    /** A value counted from the publication day; needs the date. */
    <T> Optional<T> fromPublication(Function<LocalDate, T> count) {
        return date.map(count);
    }

    /**
     * A value that names a day or month near publication. With the date known it is
     * {@code reading(date)}. With only a bound, the value is taken from the bound when the bound
     * itself is such a day ({@code boundFits}): the bound is a date the article itself attests (a
     * dated caption, a stated date), so a weekday or month-day that names that very day is read as
     * that day. Any other reading could fall in any week after the bound, so it stays unresolved.
     */
    <T> Optional<T> near(Function<LocalDate, Optional<T>> reading, Predicate<LocalDate> boundFits) {
        if (date.isPresent()) return date.flatMap(reading);
        return bound.filter(boundFits).flatMap(reading);
    }

    /**
     * The day {@code monthDay} nearest the anchor in the anchor's year, or in the adjacent year when it
     * lies within two months of the anchor across New Year; empty when the day does not exist that year.
     */
    static Optional<LocalDate> yearOf(MonthDay monthDay, LocalDate anchor) {
        int year = anchor.getYear();
        for (int adjacent : new int[] {year - 1, year + 1}) {
            if (monthDay.isValidYear(adjacent)) {
                LocalDate d = monthDay.atYear(adjacent);
                if (Math.abs(ChronoUnit.DAYS.between(anchor, d)) <= NEW_YEAR_REACH) return Optional.of(d);
            }
        }
        return monthDay.isValidYear(year) ? Optional.of(monthDay.atYear(year)) : Optional.empty();
    }

    /** The month {@code month} of the anchor's year, or of the adjacent year when within two months across New Year. */
    static YearMonth yearOf(Month month, LocalDate anchor) {
        YearMonth here = YearMonth.from(anchor);
        for (YearMonth adjacent : new YearMonth[] {YearMonth.of(anchor.getYear() - 1, month), YearMonth.of(anchor.getYear() + 1, month)}) {
            if (Math.abs(ChronoUnit.MONTHS.between(here, adjacent)) <= 2) return adjacent;
        }
        return YearMonth.of(anchor.getYear(), month);
    }
}
