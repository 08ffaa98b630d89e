package org.wirescope.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.model.Record;
import org.wirescope.model.Reject;

class StoreIdempotenceTest {

    private static final List<String> INPUTS = List.of("fixtures/harbor.txt", "fixtures/ferries.txt");
    private static final Reject UNREADABLE = new Reject("file:fixtures/broken.bin", "ingest", "not text: binary content");

    @TempDir
    Path dir;

    @Test
    void writingTheSameBatchTwiceLeavesEveryRowCountUnchanged() {
        List<Record> batch = batch();
        try (Store store = Store.open(dir.resolve("store.duckdb"))) {
            Run run = store.beginRun(INPUTS, "");
            BatchResult first = store.write(run, batch, List.of(UNREADABLE));
            Map<String, Long> afterFirst = store.rowCounts();

            BatchResult second = store.write(run, batch, List.of(UNREADABLE));

            assertThat(first).isEqualTo(new BatchResult(3, 0, 1));
            assertThat(second).isEqualTo(new BatchResult(0, 3, 0));
            assertThat(store.rowCounts()).isEqualTo(afterFirst);
        }
    }

    @Test
    void rerunOfTheSameInputsResumesTheRunAndAddsNoRows() {
        Path file = dir.resolve("store.duckdb");
        Map<String, Long> afterFirstRun;
        Run first;
        try (Store store = Store.open(file)) {
            first = store.beginRun(INPUTS, "--language en");
            store.write(first, batch(), List.of(UNREADABLE));
            store.finishRun(first, new RunStats(2, 3, 1, 900, "finished"));
            afterFirstRun = store.rowCounts();
        }
        try (Store store = Store.open(file)) {
            Run second = store.beginRun(INPUTS, "--language en");
            store.write(second, batch(), List.of(UNREADABLE));
            store.finishRun(second, new RunStats(2, 0, 0, 900, "finished"));

            assertThat(first.attempt()).isEqualTo(1);
            assertThat(second).isEqualTo(new Run(first.id(), 2));
            assertThat(store.rowCounts()).isEqualTo(afterFirstRun);
        }
    }

    @Test
    void differentOptionsOrInputsBeginADifferentRun() {
        try (Store store = Store.open(dir.resolve("store.duckdb"))) {
            Run run = store.beginRun(INPUTS, "");

            assertThat(store.beginRun(INPUTS, "--language en").id()).isNotEqualTo(run.id());
            assertThat(store.beginRun(INPUTS.subList(0, 1), "").id()).isNotEqualTo(run.id());
            assertThat(store.beginRun(List.of("fixtures/harbor.txtfixtures/ferries.txt"), "").id()).isNotEqualTo(run.id());
            assertThat(store.rowCounts()).containsEntry("runs", 4L);
        }
    }

    @Test
    void recordRepeatedWithinABatchIsStoredOnce() {
        try (Store store = Store.open(dir.resolve("store.duckdb"))) {
            Record record = Fixtures.fullRecord();

            BatchResult result = store.write(store.beginRun(INPUTS, ""), List.of(record, record), List.of());

            assertThat(result).isEqualTo(new BatchResult(1, 1, 0));
            assertThat(store.rowCounts()).containsEntry("articles", 1L).containsEntry("actors", 3L);
        }
    }

    @Test
    void laterRecordWithAKnownIdIsSkippedWithAllItsRows() {
        Record original = Fixtures.fullRecord();
        Record laterCopy = new Record(original.article(), original.actors().subList(0, 1), List.of(), List.of(),
                List.of(), original.duplicateOf(), original.cluster());
        try (Store store = Store.open(dir.resolve("store.duckdb"))) {
            Run run = store.beginRun(INPUTS, "");
            store.write(run, List.of(laterCopy), List.of());

            BatchResult result = store.write(run, List.of(original), List.of());

            assertThat(result.articlesSkipped()).isEqualTo(1);
            assertThat(store.rowCounts()).containsEntry("actors", 1L).containsEntry("quotes", 0L);
            assertThat(store.article(original.id()).orElseThrow()).usingRecursiveComparison().isEqualTo(laterCopy);
        }
    }

    private static List<Record> batch() {
        return List.of(Fixtures.fullRecord(), Fixtures.smallRecord(1), Fixtures.smallRecord(2));
    }
}
