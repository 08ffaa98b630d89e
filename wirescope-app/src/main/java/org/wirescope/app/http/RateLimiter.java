package org.wirescope.app.http;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * At most {@code perMinute} requests a minute from each client: a client may burst up to
 * {@code perMinute} requests, then gets one more every {@code 60 / perMinute} seconds. Kept per
 * client as the time at which its allowance would be whole again (the generic cell rate algorithm),
 * in nanoseconds, so the arithmetic is exact.
 */
final class RateLimiter {

    private static final long MINUTE_NANOS = 60_000_000_000L;
    private static final long SECOND_NANOS = 1_000_000_000L;
    /** Clients remembered at most; past that, those whose allowance is whole again are forgotten. */
    private static final int MAX_CLIENTS = 10_000;

    private final int perMinute;
    private final long interval;
    private final long burst;
    private final LongSupplier nanoClock;
    private final Map<String, Long> fullAt = new ConcurrentHashMap<>();

    RateLimiter(int perMinute, LongSupplier nanoClock) {
        if (perMinute < 1) throw new IllegalArgumentException("perMinute must be >= 1, was " + perMinute);
        this.perMinute = perMinute;
        this.interval = MINUTE_NANOS / perMinute;
        this.burst = interval * perMinute;
        this.nanoClock = nanoClock;
    }

    int perMinute() {
        return perMinute;
    }

    /** Takes one request of {@code client}'s allowance; when none is left, the whole seconds until one is. */
    OptionalLong take(String client) {
        long now = nanoClock.getAsLong();
        if (fullAt.size() > MAX_CLIENTS) fullAt.values().removeIf(at -> at <= now);
        long[] wait = {0};
        fullAt.compute(client, (c, at) -> {
            long from = at == null ? now : Math.max(at, now);
            long next = from + interval;
            if (next - now > burst) {
                wait[0] = next - now - burst;
                return from;
            }
            return next;
        });
        return wait[0] == 0 ? OptionalLong.empty() : OptionalLong.of((wait[0] + SECOND_NANOS - 1) / SECOND_NANOS);
    }
}
