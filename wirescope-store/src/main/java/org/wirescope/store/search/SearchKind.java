package org.wirescope.store.search;

import java.util.Locale;

/** What a search hit is: a whole article, one quote of an article, or one event of an article. */
public enum SearchKind {
    ARTICLE, QUOTE, EVENT;

    /** The lower-case name the query language and JSON use: {@code article}, {@code quote}, {@code event}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The kind named {@code label}, in any case.
     *
     * @throws IllegalArgumentException naming the allowed labels when {@code label} is none of them
     */
    public static SearchKind parse(String label) {
        for (SearchKind kind : values()) {
            if (kind.label().equalsIgnoreCase(label.strip())) return kind;
        }
        throw new IllegalArgumentException("kind must be article, quote or event, was '" + label + "'");
    }
}
