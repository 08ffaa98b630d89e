package org.wirescope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchStoreCommandTest {

    @TempDir
    Path dir;

    @Test
    void buildsASearchableStoreAndReportsTimesAndSizes() {
        Path db = dir.resolve("bench.duckdb");

        Cli run = Cli.run("bench", "store", "--out", db.toString(), "--articles", "200", "--events", "2000", "--seed", "3");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("articles   200").contains("quotes     200").contains("events     2,000")
                .containsPattern("tables     [\\d.]+ s").containsPattern("index      [\\d.]+ s \\(2,400 documents")
                .contains("database   " + db).contains("index      " + db + ".index (");
        Cli search = Cli.run("search", "kind:quote", "--limit", "1", "--json", "--db", db.toString());
        assertThat(search.out()).contains("\"total\":200");
        assertThat(Cli.run("events", "--limit", "3", "--db", db.toString()).outLines()).hasSize(3 + 2)
                .endsWith("2000 events match, in 200 reports of 200 distinct stories");
    }

    @Test
    void refusesAnExistingFile() throws Exception {
        Path db = Files.writeString(dir.resolve("taken.duckdb"), "not a store");

        Cli run = Cli.run("bench", "store", "--out", db.toString(), "--articles", "10", "--events", "10");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("exists");
        assertThat(db).hasContent("not a store");
    }
}
