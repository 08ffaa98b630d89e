package org.wirescope.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benchmark corpus, assembled in memory from a gold directory: the {@code text} of every line
 * of {@code quotes/polnear-dev.jsonl} (already "headline, blank line, body") and, for every
 * {@code extraction/wcxb-dev/ground-truth/*.json}, its {@code ground_truth.title} and
 * {@code main_content} rendered as a plain-text scrape (headline, blank line, body).
 */
record GoldCorpus(List<Text> texts, int fromQuotes, int fromExtraction) {

    static final String QUOTES = "quotes/polnear-dev.jsonl";
    static final String EXTRACTION = "extraction/wcxb-dev/ground-truth";

    /** One benchmark document: a name for it and its scrape text. */
    record Text(String name, String text) {
    }

    GoldCorpus {
        texts = List.copyOf(texts);
    }

    static GoldCorpus load(Path gold) throws IOException {
        Path quotes = gold.resolve(QUOTES);
        Path extraction = gold.resolve(EXTRACTION);
        if (!Files.isRegularFile(quotes) && !Files.isDirectory(extraction)) {
            throw new NoSuchFileException(gold.toString(), null, "holds neither " + QUOTES + " nor " + EXTRACTION + "/");
        }
        ObjectMapper json = new ObjectMapper();
        List<Text> texts = new ArrayList<>();
        int fromQuotes = 0;
        if (Files.isRegularFile(quotes)) {
            try (BufferedReader in = Files.newBufferedReader(quotes, StandardCharsets.UTF_8)) {
                String line;
                int n = 0;
                while ((line = in.readLine()) != null) {
                    n++;
                    if (line.isBlank()) continue;
                    JsonNode text = json.readTree(line).path("text");
                    if (text.isTextual() && !text.asText().isBlank()) {
                        texts.add(new Text("gold:" + QUOTES + "#" + n, text.asText()));
                        fromQuotes++;
                    }
                }
            }
        }
        int fromExtraction = 0;
        if (Files.isDirectory(extraction)) {
            List<Path> files;
            try (Stream<Path> listing = Files.list(extraction)) {
                files = listing.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
            }
            for (Path file : files) {
                JsonNode truth = json.readTree(file.toFile()).path("ground_truth");
                String title = truth.path("title").asText("").strip();
                String body = truth.path("main_content").asText("").strip();
                if (title.isEmpty() || body.isEmpty()) continue;
                texts.add(new Text("gold:" + EXTRACTION + "/" + file.getFileName(), title + "\n\n" + body + "\n"));
                fromExtraction++;
            }
        }
        return new GoldCorpus(texts, fromQuotes, fromExtraction);
    }

    /**
     * Exactly {@code n} documents: the first {@code n}, or the whole corpus repeated (each copy
     * renamed) when {@code n} is larger. {@code n <= 0} means the corpus as it is.
     */
    List<Text> take(int n) {
        if (n <= 0 || texts.isEmpty()) return texts;
        if (n <= texts.size()) return texts.subList(0, n);
        List<Text> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Text t = texts.get(i % texts.size());
            int copy = i / texts.size();
            out.add(copy == 0 ? t : new Text(t.name() + "~" + copy, t.text()));
        }
        return out;
    }

    static long utf8Bytes(List<Text> texts) {
        long sum = 0;
        for (Text t : texts) sum += t.text().getBytes(StandardCharsets.UTF_8).length;
        return sum;
    }
}
