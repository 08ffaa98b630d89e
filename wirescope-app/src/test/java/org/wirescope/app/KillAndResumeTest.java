package org.wirescope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.store.Store;

/**
 * An ingest killed with SIGKILL mid-run, then run again, leaves the same database as one run
 * that was never interrupted: a crash loses at most the batch in flight, and the rerun resumes.
 */
@Tag("slow")
class KillAndResumeTest {

    private static final int ARTICLES = 3000;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void rerunAfterSigkillEndsWithTheSameRowsAsAnUninterruptedRun() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < ARTICLES; i++) Stories.write(in, String.format("s%04d.txt", i), i);
        BadInputs.empty(in);
        Path killed = dir.resolve("killed.duckdb");
        Path clean = dir.resolve("clean.duckdb");

        Process child = ingestInAnotherJvm(in, killed);
        waitUntilSomeBatchesAreCommitted(child, killed);
        assertThat(child.isAlive()).as("the child was still ingesting when killed").isTrue();
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long storedBeforeResume = rowCounts(killed).get("articles");
        assertThat(storedBeforeResume).as("articles committed before the kill").isLessThan(ARTICLES);

        Cli resumed = Cli.run("ingest", in.toString(), "--db", killed.toString(), "--batch", "64");
        Cli uninterrupted = Cli.run("ingest", in.toString(), "--db", clean.toString(), "--batch", "64");

        assertThat(resumed.code()).as(resumed.err()).isZero();
        assertThat(uninterrupted.code()).as(uninterrupted.err()).isZero();
        Map<String, Long> afterKill = rowCounts(killed);
        Map<String, Long> reference = rowCounts(clean);
        assertThat(reference.get("articles")).isEqualTo(ARTICLES);
        assertThat(afterKill).isEqualTo(reference);
    }

    private static Process ingestInAnotherJvm(Path in, Path db) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "ingest", in.toString(), "--db", db.toString(), "--batch", "64", "--threads", "1", "--stages", "clean");
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(db.resolveSibling("child.log").toFile())
                .start();
    }

    /**
     * Until the child's write-ahead log holds a few committed batches (DuckDB appends each commit to
     * {@code <db>.wal}), or the child has ended, or two seconds after the database appeared.
     */
    private static void waitUntilSomeBatchesAreCommitted(Process child, Path db) throws Exception {
        Path wal = db.resolveSibling(db.getFileName() + ".wal");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!Files.exists(db) && child.isAlive() && System.nanoTime() < deadline) Thread.sleep(5);
        long appeared = System.nanoTime();
        while (child.isAlive() && System.nanoTime() - appeared < Duration.ofSeconds(2).toNanos()) {
            if (Files.exists(wal) && Files.size(wal) > 64 * 1024) return;
            Thread.sleep(5);
        }
    }

    private static Map<String, Long> rowCounts(Path db) {
        try (Store store = Store.open(db)) {
            return store.rowCounts();
        }
    }
}
