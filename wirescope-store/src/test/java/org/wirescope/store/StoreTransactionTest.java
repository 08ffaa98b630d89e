package org.wirescope.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wirescope.model.Reject;

class StoreTransactionTest {

    private static final Reject REJECT = new Reject("file:fixtures/empty.txt", "clean", "no text left after cleaning");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"articles", "mentions", "events", "rejects"})
    void batchFailingAfterAStepLeavesNoRowsOfIt(String failingStep) {
        Path file = dir.resolve("store.duckdb");
        try (Store store = Store.open(file, Fixtures.steppingClock(), failAfter(failingStep))) {
            Run run = store.beginRun(List.of("harbor.txt"), "");
            Map<String, Long> before = store.rowCounts();

            assertThatThrownBy(() -> store.write(run, List.of(Fixtures.fullRecord(), Fixtures.smallRecord(1)), List.of(REJECT)))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining(file.getFileName().toString())
                    .hasMessageContaining("rolled back");

            assertThat(store.rowCounts()).isEqualTo(before);
            assertThat(store.article(Fixtures.fullRecord().id())).isEmpty();
        }
    }

    @Test
    void failedBatchLeavesEarlierBatchesAndTheStoreUsable() {
        Path file = dir.resolve("store.duckdb");
        boolean[] failNext = {false};
        WriteProbe probe = step -> {
            if (failNext[0] && step.equals("quotes")) throw new SQLException("disk full (simulated)");
        };
        try (Store store = Store.open(file, Fixtures.steppingClock(), probe)) {
            Run run = store.beginRun(List.of("ferries.txt"), "");
            store.write(run, Fixtures.smallRecords(0, 10), List.of());

            failNext[0] = true;
            assertThatThrownBy(() -> store.write(run, Fixtures.smallRecords(10, 10), List.of(REJECT)))
                    .hasMessageContaining("disk full (simulated)");
            failNext[0] = false;
            BatchResult retried = store.write(run, Fixtures.smallRecords(10, 10), List.of(REJECT));

            assertThat(retried).isEqualTo(new BatchResult(10, 0, 1));
            assertThat(store.articleCount()).isEqualTo(20);
            assertThat(store.rowCounts()).containsEntry("quotes", 20L).containsEntry("rejects", 1L);
        }
    }

    @Test
    void batchInterruptedByAProcessStopIsGoneAfterReopening() {
        Path file = dir.resolve("store.duckdb");
        Store store = Store.open(file, Fixtures.steppingClock(), step -> {
            if (step.equals("events")) throw new IllegalStateException("process stopped (simulated)");
        });
        Run run = store.beginRun(List.of("harbor.txt"), "");
        assertThatThrownBy(() -> store.write(run, List.of(Fixtures.fullRecord()), List.of()))
                .hasMessageContaining("process stopped");
        store.close();

        try (Store reopened = Store.open(file)) {
            assertThat(reopened.rowCounts()).containsEntry("articles", 0L).containsEntry("actors", 0L)
                    .containsEntry("runs", 1L);
        }
    }

    @Test
    void processKilledMidWriteLosesAtMostTheBatchInFlight() throws Exception {
        Path file = dir.resolve("store.duckdb");
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), WriteUntilKilled.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            for (int batch = 0; batch < 5; batch++) {
                assertThat(out.readLine()).isEqualTo("wrote batch " + batch);
            }
        } finally {
            writer.destroyForcibly().waitFor();
        }

        try (Store store = Store.open(file)) {
            long articles = store.articleCount();
            assertThat(articles).isGreaterThanOrEqualTo(5L * WriteUntilKilled.BATCH);
            assertThat(articles % WriteUntilKilled.BATCH).isZero();
            assertThat(store.rowCounts()).containsEntry("actors", articles).containsEntry("mentions", articles)
                    .containsEntry("quotes", articles).containsEntry("events", articles);
        }
    }

    private static WriteProbe failAfter(String failingStep) {
        return step -> {
            if (step.equals(failingStep)) throw new SQLException("injected failure after " + step);
        };
    }
}
