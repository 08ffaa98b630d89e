package org.wirescope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.output.JsonlWriter;

/** {@code export} over a store filled with hand-built records (no language models). */
class ExportCommandTest {

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void storeSpeechAndEvents() {
        Path file = dir.resolve("news.duckdb");
        SpeechRecords.store(file, SpeechRecords.trains(), SpeechRecords.union(), EventRecords.ports(), EventRecords.border());
        db = file.toString();
    }

    @Test
    void writesOneParquetFilePerTableAndListsThemWithRowCounts() {
        Path out = dir.resolve("exports");

        Cli run = Cli.run("export", "--format", "parquet", "--out", out.toString(), "--db", db);

        assertThat(run.code()).as(run.err()).isZero();
        for (String table : List.of("articles", "captions", "actors", "mentions", "quotes", "events", "dates")) {
            assertThat(out.resolve(table + ".parquet")).isRegularFile();
        }
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line).contains("articles.parquet").containsPattern("\\s4\\s"));
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line).contains("events.parquet").containsPattern("\\s4\\s"));
        assertThat(run.outLines()).last().asString().startsWith("exported parquet in ");
    }

    @Test
    void writesTheGdeltTableOfTheEventsInTheRange() throws Exception {
        Path out = dir.resolve("exports");

        Cli run = Cli.run("export", "--format", "GDELT", "--out", out.toString(), "--from", "2025-02-03", "--db", db);

        assertThat(run.code()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(out.resolve("events.gdelt.tsv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("GlobalEventID\tDay\tMonthYear");
        assertThat(lines.subList(1, lines.size())).extracting(line -> line.split("\t")[1])
                .containsExactly("20250203", "20250310", "20250310");
    }

    @Test
    void writesTheArticlesAsContractLines() throws Exception {
        Path out = dir.resolve("exports");

        Cli run = Cli.run("export", "--format", "jsonl", "--out", out.toString(), "--to", "2025-02-28", "--db", db);

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Files.readAllLines(out.resolve("articles.jsonl"), StandardCharsets.UTF_8)).containsExactlyInAnyOrder(
                JsonlWriter.line(SpeechRecords.trains()), JsonlWriter.line(EventRecords.ports()));
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Cli run = Cli.run("export", "--format", "xlsx", "--out", dir.resolve("x").toString(), "--db", db);

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("parquet, csv, jsonl or gdelt");
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsAUsageError() {
        Cli run = Cli.run("export", "--format", "csv", "--out", dir.resolve("x").toString(), "--from", "2025-03-01",
                "--to", "2025-02-01", "--db", db);

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--from 2025-03-01 is after --to 2025-02-01");
    }

    @Test
    void anOutputThatIsAFileIsAUsageError() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "not a directory");

        Cli run = Cli.run("export", "--format", "csv", "--out", file.toString(), "--db", db);

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("is a file");
    }
}
