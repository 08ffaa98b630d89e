package org.wirescope.model;

import java.util.Objects;

/** A span together with the text it covers, as written to the JSONL contract. */
public record TextSpan(int start, int end, String text) {

    public TextSpan {
        Objects.requireNonNull(text, "text");
        new Span(start, end);
        if (text.length() != end - start) {
            throw new IllegalArgumentException("text length " + text.length() + " does not match span " + start + ".." + end);
        }
    }

    public static TextSpan of(Span span, String owner) {
        return new TextSpan(span.start(), span.end(), span.in(owner));
    }

    public Span span() {
        return new Span(start, end);
    }
}
