package org.wirescope.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldCorpusTest {

    @TempDir
    Path gold;

    @Test
    void assemblesQuoteTextsAndExtractionTruthsAsScrapes() throws Exception {
        Path quotes = Files.createDirectories(gold.resolve("quotes"));
        Files.writeString(quotes.resolve("polnear-dev.jsonl"),
                "{\"id\": \"x1\", \"text\": \"Ferry fares rise.\\n\\nFares on the Lark line rose on Monday.\"}\n\n"
                        + "{\"id\": \"x2\", \"text\": \"Bridge shut.\\n\\nThe Osk bridge was shut.\"}\n");
        Path truths = Files.createDirectories(gold.resolve("extraction/wcxb-dev/ground-truth"));
        Files.writeString(truths.resolve("0002.json"),
                "{\"ground_truth\": {\"title\": \"Orchard fair\", \"main_content\": \"Apples were judged.\"}}");
        Files.writeString(truths.resolve("0001.json"), "{\"ground_truth\": {\"title\": null, \"main_content\": \"No title.\"}}");

        GoldCorpus corpus = GoldCorpus.load(gold);

        assertThat(corpus.fromQuotes()).isEqualTo(2);
        assertThat(corpus.fromExtraction()).isEqualTo(1);
        assertThat(corpus.texts()).extracting(GoldCorpus.Text::text).containsExactly(
                "Ferry fares rise.\n\nFares on the Lark line rose on Monday.",
                "Bridge shut.\n\nThe Osk bridge was shut.",
                "Orchard fair\n\nApples were judged.\n");
    }

    @Test
    void repeatsTheCorpusToReachTheAskedSize() throws Exception {
        Path quotes = Files.createDirectories(gold.resolve("quotes"));
        Files.writeString(quotes.resolve("polnear-dev.jsonl"), "{\"text\": \"A.\\n\\nB.\"}\n{\"text\": \"C.\\n\\nD.\"}\n");
        GoldCorpus corpus = GoldCorpus.load(gold);
        assertThat(corpus.take(5)).hasSize(5).extracting(GoldCorpus.Text::name).doesNotHaveDuplicates();
        assertThat(corpus.take(1)).hasSize(1);
        assertThat(corpus.take(0)).hasSize(2);
    }

    @Test
    void failsClearlyWhenTheGoldDirectoryHoldsNeitherSource() {
        assertThatThrownBy(() -> GoldCorpus.load(gold.resolve("missing"))).isInstanceOf(NoSuchFileException.class);
    }
}
