package org.wirescope.store.search;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.wirescope.model.Record;

/**
 * Turns records into documents and adds them to an {@link IndexWriter} on a few worker threads, while
 * the caller goes on reading records: rebuilding an index of a million events is bound by analysing
 * text, which the writer lets threads do side by side. At most a few batches wait at any time.
 */
final class ParallelAdder implements AutoCloseable {

    private static final int BATCH = 256;
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final IndexWriter writer;
    private final ExecutorService workers;
    private final Semaphore waiting;
    private final AtomicLong documents = new AtomicLong();
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private List<Record> batch = new ArrayList<>(BATCH);

    ParallelAdder(IndexWriter writer, int threads) {
        this.writer = writer;
        int pool = POOLS.incrementAndGet();
        AtomicInteger thread = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, task -> {
            Thread worker = new Thread(task, "search-index-" + pool + "-" + thread.incrementAndGet());
            worker.setDaemon(true);
            return worker;
        });
        this.waiting = new Semaphore(threads * 2);
    }

    /** Queues {@code record}; throws what a worker failed with, as soon as the caller comes back. */
    void add(Record record) throws IOException {
        rethrow();
        batch.add(record);
        if (batch.size() == BATCH) submit();
    }

    /** Documents added so far. */
    long documents() {
        return documents.get();
    }

    /**
     * Waits for every queued record to be added, telling {@code progress} the documents added so far
     * a few times a second; returns the number of documents added.
     */
    long finish(LongConsumer progress) throws IOException {
        if (!batch.isEmpty()) submit();
        workers.shutdown();
        try {
            while (!workers.awaitTermination(200, TimeUnit.MILLISECONDS)) {
                progress.accept(documents.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the index workers");
        }
        rethrow();
        return documents.get();
    }

    /** Drops the records still queued and waits for the batches being added (after a failure, a no-op after {@link #finish}). */
    @Override
    public void close() {
        failure.compareAndSet(null, new IOException("indexing stopped"));
        workers.shutdownNow();
        try {
            workers.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void submit() throws IOException {
        List<Record> full = batch;
        batch = new ArrayList<>(BATCH);
        try {
            waiting.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while queueing records for the index");
        }
        workers.execute(() -> {
            try {
                for (Record record : full) {
                    if (failure.get() != null) return;
                    List<Document> docs = RecordDocuments.of(record);
                    writer.addDocuments(docs);
                    documents.addAndGet(docs.size());
                }
            } catch (IOException | RuntimeException e) {
                failure.compareAndSet(null, e);
            } finally {
                waiting.release();
            }
        });
    }

    private void rethrow() throws IOException {
        Exception failed = failure.get();
        if (failed instanceof IOException io) throw io;
        if (failed instanceof RuntimeException runtime) throw runtime;
    }
}
