package org.wirescope.html;

/** A page {@link HtmlExtractor} will not extract, with the limit it exceeds. */
public final class HtmlExtractionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public HtmlExtractionException(String message) {
        super(message);
    }
}
