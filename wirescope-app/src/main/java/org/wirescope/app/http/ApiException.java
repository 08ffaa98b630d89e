package org.wirescope.app.http;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A request the API answers with an error: the HTTP status, a short machine-readable code, a
 * sentence for people, and for a malformed query the position (from 0) in it where the problem is.
 */
final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String error;
    private final transient OptionalInt position;

    ApiException(int status, String error, String message, OptionalInt position) {
        super(Objects.requireNonNull(message, "message"));
        this.status = status;
        this.error = Objects.requireNonNull(error, "error");
        this.position = Objects.requireNonNull(position, "position");
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, "bad_request", message, OptionalInt.empty());
    }

    static ApiException badQuery(String message, int position) {
        return new ApiException(400, "bad_query", message, OptionalInt.of(position));
    }

    static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message, OptionalInt.empty());
    }

    int status() {
        return status;
    }

    String error() {
        return error;
    }

    OptionalInt position() {
        return position;
    }
}
