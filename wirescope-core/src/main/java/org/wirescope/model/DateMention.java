package org.wirescope.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A date expression and what it resolves to, as ISO text at the precision the text gives:
 * {@code 2022-12-27}, {@code 2022-12} or {@code 2023}. The mention's offsets index into the
 * article text, or into the text of caption number {@code caption} when that is present.
 */
public record DateMention(TextSpan mention, String value, Optional<Integer> caption) {

    public DateMention {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(caption, "caption");
    }

    /** A date mention in the article text. */
    public DateMention(TextSpan mention, String value) {
        this(mention, value, Optional.empty());
    }

    /** The same mention, found in caption {@code index}. */
    public DateMention inCaption(int index) {
        return new DateMention(mention, value, Optional.of(index));
    }
}
