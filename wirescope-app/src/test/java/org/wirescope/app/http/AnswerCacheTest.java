package org.wirescope.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AnswerCacheTest {

    private final AtomicLong batches = new AtomicLong();
    private final AtomicInteger computed = new AtomicInteger();
    private final AnswerCache cache = new AnswerCache(2, batches::get);

    private byte[] answer(String request) {
        return cache.get(request, () -> (request + " #" + computed.incrementAndGet()).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void reusesAnAnswerWhileTheStoreIsUnchanged() {
        byte[] first = answer("dyads IRN USA");

        assertThat(answer("dyads IRN USA")).isSameAs(first);
        assertThat(computed).hasValue(1);
        assertThat(cache.hits()).isEqualTo(1);
        assertThat(cache.misses()).isEqualTo(1);
    }

    @Test
    void computesTheAnswerAgainOnceABatchIsWritten() {
        answer("network");
        batches.incrementAndGet();

        assertThat(new String(answer("network"), StandardCharsets.UTF_8)).isEqualTo("network #2");
    }

    @Test
    void forgetsTheLeastRecentlyUsedAnswerBeyondItsCapacity() {
        answer("a");
        answer("b");
        answer("a");
        answer("c");

        answer("a");
        assertThat(computed).as("a was kept").hasValue(3);
        answer("b");
        assertThat(computed).as("b was forgotten").hasValue(4);
    }
}
