package org.wirescope.store.search;

import java.util.Objects;
import java.util.Set;

/**
 * One page of a full-text search.
 *
 * <pre>{@code
 * SearchPage first = store.search(new SearchRequest("speaker:Voss ferry", Set.of(SearchKind.QUOTE), 20, null));
 * SearchPage second = store.search(new SearchRequest("speaker:Voss ferry", Set.of(SearchKind.QUOTE), 20, first.nextCursor()));
 * }</pre>
 *
 * @param query  the query in the workbench query language (Lucene syntax with fields such as {@code speaker:},
 *               {@code cameo:} and {@code published:[2025-01-01 TO 2025-03-31]}); blank matches everything
 * @param kinds  the kinds of hit wanted; empty means all
 * @param limit  the most hits on the page, 1 to {@value #MAX_LIMIT}
 * @param cursor {@link SearchPage#nextCursor()} of the previous page, or {@code null} for the first page
 */
public record SearchRequest(String query, Set<SearchKind> kinds, int limit, String cursor) {

    /** The largest page a request may ask for. */
    public static final int MAX_LIMIT = 1000;

    public SearchRequest {
        Objects.requireNonNull(query, "query");
        kinds = Set.copyOf(Objects.requireNonNull(kinds, "kinds"));
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", was " + limit);
        }
    }

    /** The first page of up to {@code limit} hits of any kind. */
    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, Set.of(), limit, null);
    }
}
