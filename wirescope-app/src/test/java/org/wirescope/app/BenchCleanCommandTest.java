package org.wirescope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCleanCommandTest {

    @TempDir
    Path gold;

    @Test
    void printsRatesPerRunAndTheirMedian() throws Exception {
        Path quotes = Files.createDirectories(gold.resolve("quotes"));
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            jsonl.append("{\"text\": \"").append(Stories.story(i).replace("\"", "\\\"").replace("\n", "\\n")).append("\"}\n");
        }
        Files.writeString(quotes.resolve("polnear-dev.jsonl"), jsonl);

        Cli run = Cli.run("bench", "clean", "--gold", gold.toString(), "--runs", "3", "--articles", "50");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("corpus: 50 articles (20 from quotes/polnear-dev.jsonl")
                .contains("warm-up: 1 pass, 50 articles out")
                .contains("run 1:").contains("run 3:").doesNotContain("run 4:")
                .containsPattern("median: [\\d,]+ articles/s  [\\d.]+ MB/s \\(3 runs, \\d+ threads?\\)");
    }

    @Test
    void exitsWithTwoAndSaysWhyWhenTheGoldDirectoryIsAbsent() {
        Cli run = Cli.run("bench", "clean", "--gold", gold.resolve("nowhere").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("no gold data").contains("--gold");
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(BenchCleanCommand.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
        assertThat(BenchCleanCommand.median(new double[] {5, 1, 3})).isEqualTo(3);
    }
}
