package org.wirescope.nlp.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.wirescope.clean.Cleaner;
import org.wirescope.clean.RejectedInputException;
import org.wirescope.config.Limits;
import org.wirescope.model.Article;
import org.wirescope.model.Quote;
import org.wirescope.model.RawDocument;
import org.wirescope.model.Source;

/**
 * Speed and memory of {@link CoreNlpQuoteBaseline} on a JSONL file whose lines carry {@code id} and
 * {@code text} (the PolNeAR dev split of the shared gold data by default). Each text goes through the
 * clean stage first, as in the pipeline. Run from the project root with {@code -Xmx4g}:
 *
 * <pre>{@code
 * mvn -q -B -o -pl wirescope-core test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx4g -cp wirescope-core/target/classes:wirescope-core/target/test-classes:$(cat wirescope-core/target/cp.txt) \
 *     org.wirescope.nlp.baseline.CoreNlpQuoteBaselineBench [../shared/gold/quotes/polnear-dev.jsonl [maxArticles]]
 * }</pre>
 */
final class CoreNlpQuoteBaselineBench {

    private static final String DEFAULT_INPUT = "../shared/gold/quotes/polnear-dev.jsonl";

    private CoreNlpQuoteBaselineBench() {
    }

    public static void main(String[] args) throws IOException {
        Path input = Path.of(args.length > 0 ? args[0] : DEFAULT_INPUT);
        int max = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
        List<Article> articles = read(input, max);
        long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
        System.out.printf("input: %s, %d articles, %d characters of clean text%n", input, articles.size(), chars);

        LiveHeap live = LiveHeap.watch();
        long t0 = System.nanoTime();
        CoreNlpQuoteBaseline baseline = CoreNlpQuoteBaseline.create();
        double loadSeconds = seconds(System.nanoTime() - t0);
        long w0 = System.nanoTime();
        baseline.quotes(warmUp());
        double warmSeconds = seconds(System.nanoTime() - w0);
        System.gc();
        long loadedHeap = usedHeap();
        System.out.printf("load: %.1f s, first (warm-up) paragraph %.1f s, heap in use after load and GC: %d MiB%n",
                loadSeconds, warmSeconds, mib(loadedHeap));

        int quotes = 0;
        int attributed = 0;
        int withMention = 0;
        int empty = 0;
        long slowest = 0;
        String slowestId = "";
        long sampledPeak = 0;
        long t1 = System.nanoTime();
        for (Article article : articles) {
            long a0 = System.nanoTime();
            List<Quote> found = baseline.quotes(article);
            long took = System.nanoTime() - a0;
            if (took > slowest) {
                slowest = took;
                slowestId = article.source().uri();
            }
            sampledPeak = Math.max(sampledPeak, usedHeap());
            quotes += found.size();
            if (found.isEmpty()) empty++;
            for (Quote q : found) {
                if (!q.speaker().name().isEmpty()) attributed++;
                if (q.speaker().mention().isPresent()) withMention++;
            }
        }
        double runSeconds = seconds(System.nanoTime() - t1);

        System.out.printf("run: %d articles in %.1f s = %.2f articles/s (%.0f characters/s); slowest %.1f s (%s)%n",
                articles.size(), runSeconds, articles.size() / runSeconds, chars / runSeconds, seconds(slowest), slowestId);
        System.out.printf("quotes: %d (%d with a speaker name, %d with a mention span); %d articles without quotes%n",
                quotes, attributed, withMention, empty);
        System.out.printf("heap: max %d MiB; peak live %d MiB (largest heap left after a collection, %d collections);"
                        + " peak in use %d MiB (largest sample between articles, garbage included)%n",
                mib(Runtime.getRuntime().maxMemory()), mib(live.peakAfterGc()), live.collections(), mib(sampledPeak));
    }

    private static List<Article> read(Path input, int max) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Cleaner cleaner = Cleaner.create(Limits.DEFAULTS);
        List<Article> articles = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = lines.readLine()) != null && n < max) {
                if (line.isBlank()) continue;
                n++;
                JsonNode row = json.readTree(line);
                String id = row.path("id").asText();
                RawDocument raw = RawDocument.of(Source.of("gold:" + id, Source.Format.TEXT), row.path("text").asText());
                try {
                    articles.addAll(cleaner.clean(raw));
                } catch (RejectedInputException e) {
                    System.err.println("bench: gold:" + id + " rejected by the clean stage: " + e.getMessage());
                }
            }
        }
        return articles;
    }

    /** A made-up paragraph, so that what CoreNLP sets up on its first document is not timed as gold work. */
    private static Article warmUp() {
        String text = "Warm-up\n\n\u201CThe ferry will run again on Friday,\u201D harbour master Ilse Varga said on Tuesday.";
        try {
            return Cleaner.create(Limits.DEFAULTS).clean(RawDocument.of(Source.of("bench:warm-up", Source.Format.TEXT), text)).get(0);
        } catch (RejectedInputException e) {
            throw new IllegalStateException("warm-up paragraph rejected: " + e.getMessage(), e);
        }
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static long mib(long bytes) {
        return bytes / (1024 * 1024);
    }
}
