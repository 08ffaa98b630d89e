package org.wirescope.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.model.Record;

class StoreThroughputTest {

    @TempDir
    Path dir;

    @Test
    void writesABatchOfFiveThousandSmallArticles() {
        List<Record> records = Fixtures.smallRecords(0, 5_000);
        try (Store store = Store.open(dir.resolve("store.duckdb"))) {
            Run run = store.beginRun(List.of("ferries.txt"), "");
            store.write(run, Fixtures.smallRecords(100_000, 10), List.of());

            long started = System.nanoTime();
            BatchResult result = store.write(run, records, List.of());
            long millis = (System.nanoTime() - started) / 1_000_000;

            long readStarted = System.nanoTime();
            Record last = store.article(records.get(4_999).id()).orElseThrow();
            long readMillis = (System.nanoTime() - readStarted) / 1_000_000;
            System.out.printf("store: wrote 5000 small articles in %d ms (%.0f articles/s); read one back in %d ms%n",
                    millis, 5_000 * 1000.0 / Math.max(1, millis), readMillis);

            assertThat(result).isEqualTo(new BatchResult(5_000, 0, 0));
            assertThat(store.rowCounts()).containsEntry("articles", 5_010L).containsEntry("mentions", 5_010L)
                    .containsEntry("quotes", 5_010L).containsEntry("events", 5_010L);
            assertThat(last).usingRecursiveComparison().isEqualTo(records.get(4_999));
        }
    }
}
