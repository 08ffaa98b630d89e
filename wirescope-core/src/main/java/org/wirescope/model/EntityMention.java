package org.wirescope.model;

import java.util.Objects;

/** A named-entity mention as the NER found it: tokens {@code [firstToken, endToken)} of one type. */
public record EntityMention(int start, int end, int firstToken, int endToken, String text, String type) {
    public EntityMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
    }

    public Span span() {
        return new Span(start, end);
    }
}
