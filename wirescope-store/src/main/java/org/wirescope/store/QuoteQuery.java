package org.wirescope.store;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Store#quotes} looks for. Every filter is optional and case-insensitive; the quotes
 * returned match all the filters given.
 *
 * <pre>{@code
 * store.quotes(QuoteQuery.all(20, 0).withSpeaker("ghalibaf").withVia("tasnim"));
 * store.quotes(QuoteQuery.all(50, 0).withText("ceasefire talks"));
 * }</pre>
 *
 * @param speaker part of the speaker's name, of the resolved actor's name or of the words that name
 *                the speaker in the text ("He", "the minister")
 * @param via     part of the name of any outlet that relayed the quote
 * @param text    words that must all occur in the quote, each at the start of a word of it
 *                ({@code "need time"} finds "We need more time")
 * @param actor   the key of the resolved speaker across articles (see {@link Store#actorProfile}), exactly
 * @param limit   at most this many rows, {@code >= 0}
 * @param offset  rows skipped first, {@code >= 0}
 */
public record QuoteQuery(Optional<String> speaker, Optional<String> via, Optional<String> text, Optional<String> actor,
                         int limit, int offset) {

    public QuoteQuery {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(via, "via");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(actor, "actor");
        if (limit < 0) throw new IllegalArgumentException("limit must be >= 0, was " + limit);
        if (offset < 0) throw new IllegalArgumentException("offset must be >= 0, was " + offset);
    }

    /** Every quote, a page at a time. */
    public static QuoteQuery all(int limit, int offset) {
        return new QuoteQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), limit, offset);
    }

    public QuoteQuery withSpeaker(String name) {
        return new QuoteQuery(Optional.of(name), via, text, actor, limit, offset);
    }

    public QuoteQuery withVia(String outlet) {
        return new QuoteQuery(speaker, Optional.of(outlet), text, actor, limit, offset);
    }

    public QuoteQuery withText(String words) {
        return new QuoteQuery(speaker, via, Optional.of(words), actor, limit, offset);
    }

    public QuoteQuery withActor(String key) {
        return new QuoteQuery(speaker, via, text, Optional.of(key), limit, offset);
    }

    public QuoteQuery withPage(int rows, int skipped) {
        return new QuoteQuery(speaker, via, text, actor, rows, skipped);
    }
}
