package org.wirescope.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final RateLimiter limiter = new RateLimiter(60, nanos::get);

    @Test
    void letsABurstUpToTheLimitThroughThenOneRequestPerShareOfTheMinute() {
        for (int i = 0; i < 60; i++) assertThat(limiter.take("10.0.0.1")).isEmpty();

        assertThat(limiter.take("10.0.0.1")).hasValue(1);
        nanos.addAndGet(1_000_000_000L);
        assertThat(limiter.take("10.0.0.1")).isEmpty();
        assertThat(limiter.take("10.0.0.1")).isPresent();
    }

    @Test
    void countsEachClientSeparately() {
        for (int i = 0; i < 60; i++) limiter.take("10.0.0.1");

        assertThat(limiter.take("10.0.0.1")).isPresent();
        assertThat(limiter.take("10.0.0.2")).isEmpty();
    }

    @Test
    void tellsHowManySecondsUntilTheNextRequestIsAllowed() {
        RateLimiter slow = new RateLimiter(2, nanos::get);
        slow.take("c");
        slow.take("c");

        assertThat(slow.take("c")).hasValue(30);
        nanos.addAndGet(20_000_000_000L);
        assertThat(slow.take("c")).hasValue(10);
    }
}
