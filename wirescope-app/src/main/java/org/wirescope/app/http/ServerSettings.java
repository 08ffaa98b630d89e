package org.wirescope.app.http;

import java.util.Objects;
import java.util.Optional;

/**
 * How {@code wirescope serve} listens and whom it lets in.
 *
 * @param bind       the address to listen on ({@code 127.0.0.1}: this machine only)
 * @param port       the port; 0 picks a free one
 * @param token      the bearer token write endpoints require; without one they are refused
 * @param rateLimit  requests a minute each client may make to {@code /api/}; 0 for no limit
 */
public record ServerSettings(String bind, int port, Optional<String> token, int rateLimit) {

    /** Requests a minute per client unless told otherwise. */
    public static final int DEFAULT_RATE_LIMIT = 600;

    public ServerSettings {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(token, "token");
        if (port < 0 || port > 65_535) throw new IllegalArgumentException("port must be 0 to 65535, was " + port);
        if (rateLimit < 0) throw new IllegalArgumentException("rateLimit must be >= 0, was " + rateLimit);
        token = token.filter(t -> !t.isBlank());
    }

    /** Loopback, a free port, no token, the default rate limit. */
    public static ServerSettings loopback() {
        return new ServerSettings("127.0.0.1", 0, Optional.empty(), DEFAULT_RATE_LIMIT);
    }

    public ServerSettings withToken(String value) {
        return new ServerSettings(bind, port, Optional.of(value), rateLimit);
    }

    public ServerSettings withRateLimit(int perMinute) {
        return new ServerSettings(bind, port, token, perMinute);
    }

    public ServerSettings withPort(int number) {
        return new ServerSettings(bind, number, token, rateLimit);
    }
}
