package org.wirescope.store.search;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One search result.
 *
 * @param kind      whether the hit is an article, a quote or an event
 * @param articleId the article the hit is, or is from
 * @param itemId    the quote id or event id within the article; {@code null} for an article
 * @param title     the article's title (plain text, not escaped)
 * @param snippet   HTML: the best passages of the hit's text, every character escaped except the
 *                  {@code <mark>}…{@code </mark>} around the matched words; safe to insert as HTML
 * @param score     the relevance score; higher is better, comparable only within one search
 * @param published the article's publication date, {@code null} when not known
 */
public record SearchHit(SearchKind kind, String articleId, String itemId, String title, String snippet, float score,
                        LocalDate published) {

    public SearchHit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(snippet, "snippet");
        if ((kind == SearchKind.ARTICLE) != (itemId == null)) {
            throw new IllegalArgumentException("itemId must be null exactly for articles, was " + itemId + " for " + kind);
        }
    }
}
