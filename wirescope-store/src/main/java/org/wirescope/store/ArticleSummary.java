package org.wirescope.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** One line of an article listing: identity, title, date and how much was extracted. */
public record ArticleSummary(
        String id,
        String title,
        Optional<LocalDate> published,
        Optional<LocalDate> notBefore,
        String publishedHow,
        int paragraphs,
        int captions,
        int quotes,
        int events,
        String sourceUri) {

    public ArticleSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(publishedHow, "publishedHow");
        Objects.requireNonNull(sourceUri, "sourceUri");
    }
}
