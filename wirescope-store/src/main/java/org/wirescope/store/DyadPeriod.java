package org.wirescope.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The events of one period and one quad class, counted by {@link Store#dyads}.
 *
 * @param period        the first day of the period (a Monday for weeks, the 1st for months)
 * @param quadClass     1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param events        the number of events
 * @param goldstein     the sum of their Goldstein scores
 * @param reports       the number of distinct articles they are in
 * @param periodReports the number of distinct articles with any counted event in the period, over all quad classes
 */
public record DyadPeriod(LocalDate period, int quadClass, long events, double goldstein, long reports, long periodReports) {

    public DyadPeriod {
        Objects.requireNonNull(period, "period");
    }
}
