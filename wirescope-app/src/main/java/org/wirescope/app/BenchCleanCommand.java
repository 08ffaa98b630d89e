package org.wirescope.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.wirescope.clean.Cleaner;
import org.wirescope.clean.RejectedInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code wirescope bench clean}: articles/s and MB/s of the clean stage on the gold texts. */
@Command(name = "clean", mixinStandardHelpOptions = true, versionProvider = Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Measures the clean stage's throughput on the gold texts.",
            "",
            "Measures the clean stage (scrape splitting and repair, captions, credits, dates) on a corpus "
                    + "assembled in memory from the gold data: the texts of quotes/polnear-dev.jsonl and "
                    + "the title and main content of extraction/wcxb-dev/ground-truth/*.json, each rendered "
                    + "as a plain-text scrape (headline, blank line, body).",
            "",
            "After a warm-up pass it times N passes on --threads workers, with no I/O in the timed part, and "
                    + "prints articles/s and MB/s (10^6 bytes of UTF-8 text) for each pass and their median.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {"  wirescope bench clean", "  wirescope bench clean --runs 10 --articles 5000"})
public final class BenchCleanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "DIR", defaultValue = "../shared/gold",
            description = "The gold data directory (default: ${DEFAULT-VALUE}, relative to the working directory).")
    Path gold;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", description = "Timed passes (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "1",
            description = "Untimed passes first, to let the JIT compile (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "0",
            description = "Corpus size: the first N texts, or the texts repeated up to N (default: all of them, once).")
    int articles;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads sharing the corpus (default: the machine's cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws IOException {
        if (threads < 1) throw new ParameterException(spec.commandLine(), "--threads must be at least 1, was " + threads);
        if (runs < 1) throw new ParameterException(spec.commandLine(), "--runs must be at least 1, was " + runs);
        if (warmup < 0) throw new ParameterException(spec.commandLine(), "--warmup must be >= 0, was " + warmup);
        if (articles < 0) throw new ParameterException(spec.commandLine(), "--articles must be >= 0, was " + articles);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        GoldCorpus corpus;
        try {
            corpus = GoldCorpus.load(gold);
        } catch (NoSuchFileException e) {
            err.println("wirescope bench clean: no gold data in " + gold + " (expected " + GoldCorpus.QUOTES
                    + " or " + GoldCorpus.EXTRACTION + "/ under it); pass --gold DIR");
            return Exits.USAGE;
        }
        List<GoldCorpus.Text> texts = corpus.take(articles);
        if (texts.isEmpty()) {
            err.println("wirescope bench clean: the gold data in " + gold + " holds no texts");
            return Exits.USAGE;
        }
        List<RawDocument> docs = new ArrayList<>(texts.size());
        for (GoldCorpus.Text t : texts) docs.add(RawDocument.of(Source.of(t.name(), Source.Format.TEXT), t.text()));
        long bytes = GoldCorpus.utf8Bytes(texts);
        out.printf(Locale.ROOT, "corpus: %d articles (%d from %s, %d from %s%s), %s%n", docs.size(),
                corpus.fromQuotes(), GoldCorpus.QUOTES, corpus.fromExtraction(), GoldCorpus.EXTRACTION,
                articles > 0 ? ", taken to " + articles : "", ByteSize.human(bytes));
        out.flush();

        Cleaner cleaner = Cleaner.create(Limits.DEFAULTS);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            return timed(out, cleaner, pool, docs, bytes);
        } finally {
            pool.shutdownNow();
        }
    }

    private Integer timed(PrintWriter out, Cleaner cleaner, ExecutorService pool, List<RawDocument> docs, long bytes) {
        long produced = 0;
        for (int i = 0; i < warmup; i++) produced = pass(cleaner, pool, docs);
        out.printf(Locale.ROOT, "warm-up: %d pass%s, %d articles out per pass%n", warmup, warmup == 1 ? "" : "es", produced);

        double[] articlesPerS = new double[runs];
        double[] mbPerS = new double[runs];
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            pass(cleaner, pool, docs);
            double seconds = (System.nanoTime() - t0) / 1e9;
            articlesPerS[r] = docs.size() / seconds;
            mbPerS[r] = bytes / 1e6 / seconds;
            out.printf(Locale.ROOT, "run %d: %.3f s  %,.0f articles/s  %.2f MB/s%n", r + 1, seconds, articlesPerS[r], mbPerS[r]);
            out.flush();
        }
        out.printf(Locale.ROOT, "median: %,.0f articles/s  %.2f MB/s (%d runs, %d thread%s)%n", median(articlesPerS),
                median(mbPerS), runs, threads, threads == 1 ? "" : "s");
        out.flush();
        return Exits.OK;
    }

    /** One pass over the corpus, split across the pool; returns how many articles came out (so the work cannot be skipped). */
    private long pass(Cleaner cleaner, ExecutorService pool, List<RawDocument> docs) {
        List<Future<Long>> parts = new ArrayList<>();
        int chunk = (docs.size() + threads - 1) / threads;
        for (int from = 0; from < docs.size(); from += chunk) {
            List<RawDocument> slice = docs.subList(from, Math.min(docs.size(), from + chunk));
            parts.add(pool.submit(() -> {
                long produced = 0;
                for (RawDocument doc : slice) produced += cleanCount(cleaner, doc);
                return produced;
            }));
        }
        long produced = 0;
        try {
            for (Future<Long> f : parts) produced += f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("bench interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("bench pass failed: " + e.getCause(), e.getCause());
        }
        return produced;
    }

    private static int cleanCount(Cleaner cleaner, RawDocument doc) {
        try {
            return cleaner.clean(doc).size();
        } catch (RejectedInputException e) {
            return 0;
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
