package org.wirescope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench extract} over made-up stories, with the models loaded. */
@Tag("models")
class BenchExtractModelsTest {

    @TempDir
    Path dir;

    @Test
    void timesEachRunWithAndWithoutEventsAndPrintsWhatEventsAdd() throws Exception {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            jsonl.append("{\"text\": \"").append(Stories.story(i).replace("\"", "\\\"").replace("\n", "\\n")).append("\"}\n");
        }
        Path gold = Files.writeString(dir.resolve("stories.jsonl"), jsonl);

        Cli run = Cli.run("bench", "extract", "--gold", gold.toString(), "--runs", "2", "--threads", "1", "--events-cost");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("corpus: 6 texts")
                .containsPattern("run 1: [\\d.]+ s \\(cpu [\\d.]+ s\\) .*\\| without events [\\d.]+ s \\(cpu [\\d.]+ s, \\d+ of \\d+ sentences parsed\\)")
                .containsPattern("run 2: [\\d.]+ s .*\\| without events [\\d.]+ s")
                .containsPattern("events cost: median [\\d.]+ s with events, [\\d.]+ s without; ratio [\\d.]+, events add -?[\\d.]+% to the full time")
                .containsPattern("events cost in cpu time: median [\\d.]+ s with events, [\\d.]+ s without; ratio [\\d.]+, events add -?[\\d.]+%");
    }

    @Test
    void printsNoEventsCostUnlessAsked() throws Exception {
        Path gold = Files.writeString(dir.resolve("one.jsonl"), "{\"text\": \"Port talks\\n\\nThe union said talks failed.\"}\n");

        Cli run = Cli.run("bench", "extract", "--gold", gold.toString(), "--runs", "1", "--threads", "1");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("run 1:").doesNotContain("without events").doesNotContain("events cost");
    }
}
