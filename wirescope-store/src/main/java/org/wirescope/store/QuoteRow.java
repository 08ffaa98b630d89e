package org.wirescope.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.wirescope.model.Quote;

/**
 * One quote found by {@link Store#quotes}, with the article it is in.
 *
 * @param published   the article's publication date, when known
 * @param notBefore   a lower bound of the publication date, when only that is known
 * @param speakerName the speaker's name as attributed (empty when the speaker is unknown)
 * @param role        the speaker's role in this quote, else the resolved actor's role in the article
 * @param actorId     the resolved actor's id, local to the article
 * @param via         the names of the outlets that relayed the quote, in order
 * @param cue         the cue verb ("said", "told")
 * @param start       where the quote's text starts in its article's text
 * @param end         where it ends (exclusive)
 * @param actorKey    the key of the resolved actor across articles (see {@link Store#actorProfile})
 */
public record QuoteRow(
        String articleId,
        String articleTitle,
        Optional<LocalDate> published,
        Optional<LocalDate> notBefore,
        String quoteId,
        Quote.Kind kind,
        String text,
        String speakerName,
        Optional<String> role,
        Optional<String> actorId,
        List<String> via,
        Optional<String> cue,
        int start,
        int end,
        Optional<String> actorKey) {

    public QuoteRow {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(articleTitle, "articleTitle");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(quoteId, "quoteId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(speakerName, "speakerName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(actorId, "actorId");
        via = List.copyOf(via);
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(actorKey, "actorKey");
    }
}
