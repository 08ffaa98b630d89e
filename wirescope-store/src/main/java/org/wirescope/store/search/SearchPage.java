package org.wirescope.store.search;

import java.util.List;

/**
 * A page of search hits, best first.
 *
 * @param hits       this page's hits
 * @param total      how many hits the whole search has, on all pages
 * @param nextCursor the cursor of the next page (pass it in the next {@link SearchRequest}), or
 *                   {@code null} when this is the last page
 */
public record SearchPage(List<SearchHit> hits, long total, String nextCursor) {

    public SearchPage {
        hits = List.copyOf(hits);
        if (total < hits.size()) throw new IllegalArgumentException("total " + total + " < hits " + hits.size());
    }
}
