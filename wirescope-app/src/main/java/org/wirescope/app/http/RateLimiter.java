package org.wirescope.app.http;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * At most {@code perMinute} requests a minute from each client, as a token bucket per client: a
 * client may burst up to {@code perMinute} requests, then gets one more every {@code 60 / perMinute}
 * seconds.
 */
final class RateLimiter {

    private static final long MINUTE_NANOS = 60_000_000_000L;
    /** Clients remembered at most; past that, those whose bucket has filled up again are forgotten. */
    private static final int MAX_CLIENTS = 10_000;

    private final int perMinute;
    private final LongSupplier nanoClock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(int perMinute, LongSupplier nanoClock) {
        if (perMinute < 1) throw new IllegalArgumentException("perMinute must be >= 1, was " + perMinute);
        this.perMinute = perMinute;
        this.nanoClock = nanoClock;
    }

    int perMinute() {
        return perMinute;
    }

    /** Takes one request of {@code client}'s allowance; when none is left, the seconds until one is. */
    OptionalLong take(String client) {
        long now = nanoClock.getAsLong();
        if (buckets.size() > MAX_CLIENTS) forgetIdle(now);
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(perMinute, now));
        synchronized (bucket) {
            bucket.refill(now, perMinute);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return OptionalLong.empty();
            }
            double nanosPerToken = (double) MINUTE_NANOS / perMinute;
            long waitNanos = (long) Math.ceil((1 - bucket.tokens) * nanosPerToken);
            return OptionalLong.of(Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L));
        }
    }

    private void forgetIdle(long now) {
        buckets.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                entry.getValue().refill(now, perMinute);
                return entry.getValue().tokens >= perMinute;
            }
        });
    }

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(int tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }

        void refill(long now, int perMinute) {
            tokens = Math.min(perMinute, tokens + (now - updated) * (double) perMinute / MINUTE_NANOS);
            updated = now;
        }
    }
}
