package org.wirescope.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One unit of input as a reader produced it, decoded to text but otherwise untouched.
 * Readers of structured input (JSONL) pass what the input already states in {@link Given};
 * plain-text scrapes leave it empty and let the clean stage find title and date.
 *
 * @param text decoded text; offsets in {@link Article#rawOffset(int)} point into it
 * @param encoding the charset the bytes were decoded with (e.g. {@code UTF-8}, {@code windows-1252})
 */
public record RawDocument(Source source, String text, String encoding, Given given) {

    /** Metadata that structured input states outright. */
    public record Given(Optional<String> title, Optional<String> published, Optional<String> language) {
        public static final Given NONE = new Given(Optional.empty(), Optional.empty(), Optional.empty());

        public Given {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(published, "published");
            Objects.requireNonNull(language, "language");
        }
    }

    public RawDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(given, "given");
    }

    public static RawDocument of(Source source, String text) {
        return new RawDocument(source, text, "UTF-8", Given.NONE);
    }
}
