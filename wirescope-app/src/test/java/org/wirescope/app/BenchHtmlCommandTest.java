package org.wirescope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchHtmlCommandTest {

    @TempDir
    Path gold;

    private void page(String id, String headline, String paragraph) throws Exception {
        Path html = Files.createDirectories(gold.resolve("html"));
        Path truth = Files.createDirectories(gold.resolve("ground-truth"));
        String page = "<html><head><title>" + headline + "</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>"
                + headline + "</h1><p>" + paragraph + "</p><p>" + paragraph + "</p></article></body></html>";
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(html.resolve(id + ".html.gz")))) {
            out.write(page.getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(truth.resolve(id + ".json"), "{\"url\": \"https://news.example/" + id + "\", \"ground_truth\": "
                + "{\"title\": \"" + headline + "\", \"main_content\": \"" + paragraph + "\"}}");
    }

    @Test
    void printsExtractionAndParseRatesPerRoundAndTheMedianRatio() throws Exception {
        page("0001", "Quay reopens", "The harbour board said on Tuesday that the north quay would reopen to ferries next week.");
        page("0002", "Ferry fares rise", "Fares on the island ferry will rise by a tenth from May, the operator said on Friday.");

        Cli run = Cli.run("bench", "html", "--gold", gold.toString(), "--runs", "3", "--warmup", "1");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("corpus: 2 pages").contains("run 1:").contains("run 3:").doesNotContain("run 4:");
        assertThat(run.outLines()).last().asString().containsPattern(
                "^median: extraction [\\d.]+ pages/s [\\d.]+ MB/s; bare jsoup parse [\\d.]+ pages/s [\\d.]+ MB/s; ratio [\\d.]+");
    }

    @Test
    void exitsWithTwoAndSaysWhyWhenTheGoldDirectoryIsAbsent() {
        Cli run = Cli.run("bench", "html", "--gold", gold.resolve("nowhere").toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("no html/ and ground-truth/").contains("--gold");
    }
}
