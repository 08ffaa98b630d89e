package org.wirescope.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a document came from. {@code uri} names the file (and, for a file holding several
 * articles, the article's position as a {@code #n} fragment); {@code url} is the page's web
 * address when the input carried one; {@code id} is an identifier the input gave (JSONL {@code id});
 * {@code fetched} is when a crawler fetched the page (a WARC record's {@code WARC-Date}).
 */
public record Source(String uri, Format format, Optional<String> url, Optional<String> id, Optional<Instant> fetched) {

    public enum Format {
        TEXT, HTML, WARC, RSS, JSONL;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Source {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fetched, "fetched");
    }

    /** A source that was not fetched by a crawler. */
    public Source(String uri, Format format, Optional<String> url, Optional<String> id) {
        this(uri, format, url, id, Optional.empty());
    }

    public static Source of(String uri, Format format) {
        return new Source(uri, format, Optional.empty(), Optional.empty());
    }

    /** The same source, pointing at the {@code n}-th article (1-based) inside it. */
    public Source part(int n) {
        return new Source(uri + "#" + n, format, url, id, fetched);
    }
}
