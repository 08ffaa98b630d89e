package org.wirescope.model;

import java.util.Objects;

/**
 * A date expression in the text and what it resolves to, as ISO text at the precision the text
 * gives: {@code 2022-12-27}, {@code 2022-12} or {@code 2023}.
 */
public record DateMention(TextSpan mention, String value) {
    public DateMention {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(value, "value");
    }
}
