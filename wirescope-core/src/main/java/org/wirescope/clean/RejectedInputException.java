package org.wirescope.clean;

/** The clean stage could not make an article of a document; the message is the reason. */
public final class RejectedInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public RejectedInputException(String reason) {
        super(reason);
    }
}
