package org.wirescope.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The distinct stories behind the events of one period and quad class, counted by {@link Store#dyadStories}
 * alongside {@link DyadPeriod}'s events and reports: events reported by several copies of one story
 * (exact or near copies, one {@code articles.cluster}) count as one story.
 *
 * @param period        the first day of the period, as in {@link DyadPeriod#period()}
 * @param quadClass     the quad class
 * @param stories       the number of distinct stories the events are reported in
 * @param periodStories the number of distinct stories with any counted event in the period, over all quad classes
 */
public record DyadStories(LocalDate period, int quadClass, long stories, long periodStories) {

    public DyadStories {
        Objects.requireNonNull(period, "period");
    }
}
