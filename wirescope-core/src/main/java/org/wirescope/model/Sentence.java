package org.wirescope.model;

/**
 * A sentence: tokens {@code [firstToken, endToken)} covering text {@code [start, end)}.
 *
 * @param parsed whether its tokens carry dependency heads (long or uninteresting sentences are skipped)
 */
public record Sentence(int index, int start, int end, int firstToken, int endToken, boolean parsed) {

    public Span span() {
        return new Span(start, end);
    }

    public int tokenCount() {
        return endToken - firstToken;
    }
}
