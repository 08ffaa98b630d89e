package org.wirescope.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads run on connections of their own: beside each other, and beside a write batch in progress. */
class StoreConcurrentReadsTest {

    @TempDir
    Path dir;

    @Test
    void readsAnswerWhileAWriteBatchIsHeldOpenAndSeeOnlyCommittedBatches() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        boolean[] hold = {false};
        WriteProbe probe = step -> {
            if (hold[0] && step.equals("events")) {
                writing.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (Store store = Store.open(dir.resolve("store.duckdb"), Fixtures.steppingClock(), probe)) {
            Run run = store.beginRun(List.of("ferries"), "");
            store.write(run, Fixtures.smallRecords(0, 5), List.of());
            hold[0] = true;
            Future<BatchResult> held = threads.submit(() -> store.write(run, Fixtures.smallRecords(5, 5), List.of()));
            assertThat(writing.await(30, TimeUnit.SECONDS)).isTrue();

            Future<Long> count = threads.submit(store::articleCount);
            assertThat(count.get(10, TimeUnit.SECONDS)).as("read while the batch is open").isEqualTo(5);
            assertThat(held.isDone()).isFalse();

            release.countDown();
            assertThat(held.get(30, TimeUnit.SECONDS).articlesAdded()).isEqualTo(5);
            assertThat(store.articleCount()).isEqualTo(10);
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void manyThreadsReadingAtOnceAllGetTheSameAnswer() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try (Store store = Store.open(dir.resolve("store.duckdb"))) {
            store.write(store.beginRun(List.of("ferries"), ""), Fixtures.smallRecords(0, 30), List.of());
            List<Future<List<ArticleSummary>>> reads = new ArrayList<>();
            for (int i = 0; i < 64; i++) reads.add(threads.submit(() -> store.articles(30, 0)));

            List<ArticleSummary> first = reads.get(0).get(30, TimeUnit.SECONDS);
            assertThat(first).hasSize(30);
            for (Future<List<ArticleSummary>> read : reads) assertThat(read.get(30, TimeUnit.SECONDS)).isEqualTo(first);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aClosedStoreRefusesReads() {
        Store store = Store.open(dir.resolve("store.duckdb"));
        store.articleCount();
        store.close();

        org.assertj.core.api.Assertions.assertThatThrownBy(store::articleCount).isInstanceOf(StoreException.class)
                .hasMessageContaining("closed");
    }
}
