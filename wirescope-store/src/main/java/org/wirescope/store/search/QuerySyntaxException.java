package org.wirescope.store.search;

/**
 * A search query that cannot be read: the message says what is wrong, {@link #position()} where.
 * An HTTP API answers it with 400; a command line prints it with a caret under the position.
 */
public final class QuerySyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int position;

    /**
     * @param message  what is wrong, in words for the person who typed the query
     * @param position the 0-based character offset in the query where the problem is
     */
    public QuerySyntaxException(String message, int position) {
        super(message);
        if (position < 0) throw new IllegalArgumentException("position must be >= 0, was " + position);
        this.position = position;
    }

    /** The 0-based character offset in the query where the problem is (the query's length at its end). */
    public int position() {
        return position;
    }
}
