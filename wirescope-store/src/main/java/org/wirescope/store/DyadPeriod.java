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
 * @param stories       the number of distinct stories they are in: copies and near-copies of an article (its
 *                      {@code duplicate_of} and {@code cluster}) count as one story
 * @param storyEvents   the events counted once per story: the same sides and CAMEO code in copies of one story
 *                      count once
 * @param periodStories the number of distinct stories with any counted event in the period, over all quad classes
 */
public record DyadPeriod(LocalDate period, int quadClass, long events, double goldstein, long reports, long periodReports,
                         long stories, long storyEvents, long periodStories) {

    public DyadPeriod {
        Objects.requireNonNull(period, "period");
    }
}
