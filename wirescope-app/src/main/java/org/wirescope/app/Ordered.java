package org.wirescope.app;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps a stream of inputs on several threads and hands the results on in input order. At most
 * {@code 4 × threads} items are in flight, so memory stays bounded however long the stream is;
 * the iterator is advanced and the sink called on the calling thread only.
 */
final class Ordered {

    private Ordered() {
    }

    static <I, O> void map(Iterator<I> inputs, Function<I, O> work, int threads, Consumer<O> sink) {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        if (threads == 1) {
            while (inputs.hasNext()) sink.accept(work.apply(inputs.next()));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            ArrayDeque<Future<O>> window = new ArrayDeque<>();
            int limit = threads * 4;
            while (inputs.hasNext()) {
                I item = inputs.next();
                window.add(pool.submit(() -> work.apply(item)));
                if (window.size() >= limit) sink.accept(await(window.poll()));
            }
            while (!window.isEmpty()) sink.accept(await(window.poll()));
        } finally {
            pool.shutdownNow();
        }
    }

    private static <O> O await(Future<O> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a worker", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "wirescope-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
