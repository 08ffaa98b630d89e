package org.wirescope.store;

/**
 * How many rows a quote or event query matches, counted three ways: the rows themselves, the reports
 * they come from (distinct articles) and the stories those report (distinct near-duplicate clusters:
 * syndicated copies and light rewrites of one story count once).
 *
 * @param rows    matching quotes or events
 * @param reports distinct articles they are in
 * @param stories distinct stories of those articles ({@code articles.cluster}, else the article's own id)
 */
public record StoryCounts(long rows, long reports, long stories) {

    public static final StoryCounts NONE = new StoryCounts(0, 0, 0);
}
