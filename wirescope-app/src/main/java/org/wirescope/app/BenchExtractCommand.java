package org.wirescope.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.wirescope.config.Limits;
import org.wirescope.model.RawDocument;
import org.wirescope.model.Source;
import org.wirescope.nlp.NlpStats;
import org.wirescope.pipeline.Pipeline;
import org.wirescope.pipeline.Stages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wirescope bench extract}: throughput and peak heap of the full pipeline on the quote gold texts. */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Measures the full pipeline (clean, nlp, actors, quotes) on the texts of the quote gold file.",
            "",
            "Loads the models and warms up on a few texts, then times --runs passes over all texts on "
                    + "--threads workers and prints articles/s and tokens/s per pass, their median, the share of "
                    + "sentences parsed, and the peak heap in use during the timed passes.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {"  wirescope bench extract", "  WIRESCOPE_JAVA_OPTS=-Xmx3g wirescope bench extract --threads 2 --runs 3"})
public final class BenchExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "FILE", defaultValue = "../shared/gold/quotes/polnear-dev.jsonl",
            description = "JSONL with a 'text' field per line (default: ${DEFAULT-VALUE}).")
    Path gold;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3", description = "Timed passes (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--threads", paramLabel = "N", description = "Workers (default: the machine's cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(gold)) {
            err.println("wirescope bench extract: no file at " + gold + "; pass --gold FILE");
            return Exits.USAGE;
        }
        if (runs < 1 || threads < 1) {
            err.println("wirescope bench extract: --runs and --threads must be at least 1");
            return Exits.USAGE;
        }
        List<RawDocument> docs = read(gold);
        Pipeline pipeline = Pipeline.create(Limits.DEFAULTS, Stages.ALL);
        long t0 = System.nanoTime();
        for (RawDocument d : docs.subList(0, Math.min(5, docs.size()))) pipeline.process(d);
        out.printf(Locale.ROOT, "corpus: %d texts from %s; models loaded and warmed up in %.1f s%n", docs.size(),
                gold.getFileName(), (System.nanoTime() - t0) / 1e9);
        out.flush();
        resetPeaks();
        double[] articlesPerS = new double[runs];
        double[] tokensPerS = new double[runs];
        NlpStats last = null;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int r = 0; r < runs; r++) {
                NlpStats before = pipeline.nlpStats().orElseThrow();
                long start = System.nanoTime();
                long articles = pass(pipeline, pool, docs);
                double seconds = (System.nanoTime() - start) / 1e9;
                last = pipeline.nlpStats().orElseThrow().since(before);
                articlesPerS[r] = articles / seconds;
                tokensPerS[r] = last.tokens() / seconds;
                out.printf(Locale.ROOT, "run %d: %.1f s  %.2f articles/s  %,.0f tokens/s%n", r + 1, seconds, articlesPerS[r], tokensPerS[r]);
                out.flush();
            }
        } finally {
            pool.shutdownNow();
        }
        out.printf(Locale.ROOT, "median: %.2f articles/s  %,.0f tokens/s (%d runs, %d thread%s)%n",
                BenchCleanCommand.median(articlesPerS), BenchCleanCommand.median(tokensPerS), runs, threads, threads == 1 ? "" : "s");
        out.printf(Locale.ROOT, "parsed: %d of %d sentences (%d over the length limit); peak heap in use %.0f MB (max %.0f MB)%n",
                last.sentencesParsed(), last.sentences(), last.sentencesTooLong(), peakHeap() / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6);
        out.flush();
        return Exits.OK;
    }

    private static List<RawDocument> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<RawDocument> docs = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (line.isBlank()) continue;
                JsonNode node = json.readTree(line);
                if (node.hasNonNull("text")) {
                    docs.add(RawDocument.of(Source.of(file.getFileName() + "#L" + n, Source.Format.TEXT), node.get("text").asText()));
                }
            }
        }
        return docs;
    }

    private static long pass(Pipeline pipeline, ExecutorService pool, List<RawDocument> docs) {
        List<Future<Integer>> results = new ArrayList<>();
        for (RawDocument d : docs) results.add(pool.submit(() -> pipeline.process(d).records().size()));
        long n = 0;
        try {
            for (Future<Integer> f : results) n += f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("bench interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("bench pass failed: " + e.getCause(), e.getCause());
        }
        return n;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }
}
