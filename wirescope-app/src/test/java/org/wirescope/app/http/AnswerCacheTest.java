package org.wirescope.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    @Test
    void computesNoMoreAnswersAtOnceThanItIsAllowed() throws Exception {
        AnswerCache one = new AnswerCache(8, batches::get, 1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String request = "network " + i;
                answers.add(pool.submit(() -> one.get(request, () -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    try {
                        Thread.sleep(30);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    running.decrementAndGet();
                    return request.getBytes(StandardCharsets.UTF_8);
                })));
            }
            for (Future<byte[]> answer : answers) assertThat(answer.get()).isNotEmpty();
        } finally {
            pool.shutdownNow();
        }

        assertThat(most).hasValue(1);
        assertThat(one.misses()).isEqualTo(4);
    }
}
