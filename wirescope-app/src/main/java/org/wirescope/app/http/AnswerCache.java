package org.wirescope.app.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The answers of the costly aggregate endpoints (dyads, network), as JSON bytes, by request: an
 * answer is reused only while the store has committed no batch with events since it was computed,
 * so a cached answer is always the one the tables give now. The least recently used answers go first.
 * At most {@code computing} answers are computed at once, the others wait: an aggregate over a
 * million events costs many times what an article or a search does, and several at once would take
 * every core from the page loads they run beside.
 */
final class AnswerCache {

    private final int capacity;
    private final LongSupplier generation;
    private final Map<String, Answer> answers;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private final Semaphore computing;

    /** @param generation the store's count of committed batches with events ({@link org.wirescope.store.Store#eventBatchesWritten}) */
    AnswerCache(int capacity, LongSupplier generation) {
        this(capacity, generation, Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
    }

    /** @param computing how many answers may be computed at once */
    AnswerCache(int capacity, LongSupplier generation, int computing) {
        if (computing < 1) throw new IllegalArgumentException("computing must be >= 1, was " + computing);
        this.computing = new Semaphore(computing);
        this.capacity = capacity;
        this.generation = generation;
        this.answers = new LinkedHashMap<>(capacity, 0.75f, true);
    }

    /** The answer to {@code request}: the cached one when the store is unchanged since, else {@code compute}'s. */
    byte[] get(String request, Supplier<byte[]> compute) {
        long now = generation.getAsLong();
        synchronized (answers) {
            Answer cached = answers.get(request);
            if (cached != null && cached.generation == now) {
                hits.incrementAndGet();
                return cached.json;
            }
        }
        misses.incrementAndGet();
        byte[] json;
        computing.acquireUninterruptibly();
        try {
            json = compute.get();
        } finally {
            computing.release();
        }
        synchronized (answers) {
            answers.put(request, new Answer(now, json));
            if (answers.size() > capacity) answers.remove(answers.keySet().iterator().next());
        }
        return json;
    }

    long hits() {
        return hits.get();
    }

    long misses() {
        return misses.get();
    }

    /** An answer and the store generation it was computed at (the generation is read before computing). */
    private record Answer(long generation, byte[] json) {
    }
}
