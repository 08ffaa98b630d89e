package org.wirescope.app.http;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The query parameters of one request, read and checked; a bad value is an {@link ApiException} (400). */
final class Params {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 200;
    private static final int MAX_TEXT = 1000;

    private final Context ctx;

    private Params(Context ctx) {
        this.ctx = ctx;
    }

    static Params of(Context ctx) {
        return new Params(ctx);
    }

    /** A non-blank text parameter, stripped; empty when absent or blank. */
    Optional<String> text(String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) return Optional.empty();
        if (value.length() > MAX_TEXT) {
            throw ApiException.badRequest(name + " is " + value.length() + " characters long; at most " + MAX_TEXT + " are taken");
        }
        return Optional.of(value.strip());
    }

    /** Every value of a parameter given once or more ({@code kind=quote&kind=event}). */
    List<String> all(String name) {
        List<String> values = ctx.queryParams(name);
        for (String value : values) {
            if (value.length() > MAX_TEXT) throw ApiException.badRequest(name + " is longer than " + MAX_TEXT + " characters");
        }
        return values;
    }

    /** {@code limit}: 1 to {@value #MAX_LIMIT}, {@value #DEFAULT_LIMIT} when absent. */
    int limit() {
        return number("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    }

    /** The offset {@code cursor} stands for; 0 when absent. */
    int offset() {
        return text("cursor").map(Cursor::offset).orElse(0);
    }

    /** An integer parameter in {@code [min, max]}, {@code fallback} when absent. */
    int number(String name, int fallback, int min, int max) {
        Optional<String> value = text(name);
        if (value.isEmpty()) return fallback;
        try {
            int n = Integer.parseInt(value.get());
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException e) {
            // the message below says what is expected
        }
        throw ApiException.badRequest(name + " must be a whole number from " + min + " to " + max + ", was '" + value.get() + "'");
    }

    /** An ISO date parameter ({@code 2025-03-31}). */
    Optional<LocalDate> date(String name) {
        return text(name).map(value -> {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw ApiException.badRequest(name + " must be a date as YYYY-MM-DD, was '" + value + "'");
            }
        });
    }

    /** One of {@code choices} (given in lower case), in any case; {@code fallback} when absent. */
    String choice(String name, List<String> choices, String fallback) {
        Optional<String> value = text(name).map(v -> v.toLowerCase(Locale.ROOT));
        if (value.isEmpty()) return fallback;
        if (!choices.contains(value.get())) {
            throw ApiException.badRequest(name + " must be one of " + String.join(", ", choices) + ", was '" + value.get() + "'");
        }
        return value.get();
    }

    /** One of {@code choices} (given in lower case), in any case; empty when absent. */
    Optional<String> choiceIfGiven(String name, List<String> choices) {
        return text(name).map(value -> choice(name, choices, value));
    }

    /** A parameter that must match {@code pattern}, described by {@code what} in the error. */
    Optional<String> matching(String name, String pattern, String what) {
        return text(name).map(value -> {
            if (!value.matches(pattern)) throw ApiException.badRequest(name + " must be " + what + ", was '" + value + "'");
            return value;
        });
    }
}
