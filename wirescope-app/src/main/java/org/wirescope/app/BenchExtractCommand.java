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
            "Measures the full pipeline (clean, nlp, actors, quotes, events) on the texts of the quote gold file.",
            "",
            "Loads the models and warms up on a few texts, then times --runs passes over all texts on "
                    + "--threads workers and prints articles/s and tokens/s per pass, their median, the share of "
                    + "sentences parsed, and the peak heap in use during the timed passes.",
            "",
            "With --events-cost each run also times a pass of the pipeline without events (no event stage, and no "
                    + "parsing of sentences only event cues asked for), the two passes alternating in order from run to "
                    + "run, and prints both times, their medians and what events add to the full time, in wall time "
                    + "and in the CPU time of the process (steadier when other work shares the machine).",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {"  wirescope bench extract", "  WIRESCOPE_JAVA_OPTS=-Xmx3g wirescope bench extract --threads 2 --runs 3",
            "  wirescope bench extract --events-cost --runs 5"})
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

    @Option(names = "--events-cost",
            description = "Also time each run without the event stage and print what events add to the full extract time.")
    boolean eventsCost;

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
        Pipeline baseline = eventsCost ? Pipeline.withoutEvents(Limits.DEFAULTS) : null;
        long t0 = System.nanoTime();
        for (RawDocument d : docs.subList(0, Math.min(5, docs.size()))) {
            pipeline.process(d);
            if (baseline != null) baseline.process(d);
        }
        out.printf(Locale.ROOT, "corpus: %d texts from %s; models loaded and warmed up in %.1f s%n", docs.size(),
                gold.getFileName(), (System.nanoTime() - t0) / 1e9);
        out.flush();
        resetPeaks();
        double[] articlesPerS = new double[runs];
        double[] tokensPerS = new double[runs];
        double[] fullSeconds = new double[runs];
        double[] baseSeconds = new double[runs];
        double[] fullCpu = new double[runs];
        double[] baseCpu = new double[runs];
        Pass last = null;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int r = 0; r < runs; r++) {
                Pass base = null;
                if (baseline != null && r % 2 == 1) base = Pass.time(baseline, pool, docs); // alternate which goes first
                last = Pass.time(pipeline, pool, docs);
                if (baseline != null && r % 2 == 0) base = Pass.time(baseline, pool, docs);
                fullSeconds[r] = last.seconds();
                fullCpu[r] = last.cpuSeconds();
                articlesPerS[r] = last.articles() / last.seconds();
                tokensPerS[r] = last.stats().tokens() / last.seconds();
                out.printf(Locale.ROOT, "run %d: %.1f s (cpu %.1f s)  %.2f articles/s  %,.0f tokens/s", r + 1, last.seconds(),
                        last.cpuSeconds(), articlesPerS[r], tokensPerS[r]);
                if (base != null) {
                    baseSeconds[r] = base.seconds();
                    baseCpu[r] = base.cpuSeconds();
                    out.printf(Locale.ROOT, "  | without events %.1f s (cpu %.1f s, %d of %d sentences parsed)", base.seconds(),
                            base.cpuSeconds(), base.stats().sentencesParsed(), base.stats().sentences());
                }
                out.println();
                out.flush();
            }
        } finally {
            pool.shutdownNow();
        }
        out.printf(Locale.ROOT, "median: %.2f articles/s  %,.0f tokens/s (%d runs, %d thread%s)%n",
                BenchCleanCommand.median(articlesPerS), BenchCleanCommand.median(tokensPerS), runs, threads, threads == 1 ? "" : "s");
        if (baseline != null) {
            double full = BenchCleanCommand.median(fullSeconds);
            double without = BenchCleanCommand.median(baseSeconds);
            out.printf(Locale.ROOT, "events cost: median %.2f s with events, %.2f s without; ratio %.3f, events add %.1f%% to the full time%n",
                    full, without, full / without, 100 * (full - without) / without);
            double fullCpuMedian = BenchCleanCommand.median(fullCpu);
            double withoutCpu = BenchCleanCommand.median(baseCpu);
            if (withoutCpu > 0) {
                out.printf(Locale.ROOT, "events cost in cpu time: median %.2f s with events, %.2f s without; ratio %.3f, events add %.1f%%%n",
                        fullCpuMedian, withoutCpu, fullCpuMedian / withoutCpu, 100 * (fullCpuMedian - withoutCpu) / withoutCpu);
            }
        }
        out.printf(Locale.ROOT, "parsed: %d of %d sentences (%d over the length limit); peak heap in use %.0f MB (max %.0f MB)%n",
                last.stats().sentencesParsed(), last.stats().sentences(), last.stats().sentencesTooLong(), peakHeap() / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6);
        out.flush();
        return Exits.OK;
    }

    /**
     * One timed pass of a pipeline over the corpus: wall time, the CPU time the process spent (steadier
     * than wall time on a machine other work shares), articles out and what the nlp stage did.
     */
    private record Pass(double seconds, double cpuSeconds, long articles, NlpStats stats) {

        static Pass time(Pipeline pipeline, ExecutorService pool, List<RawDocument> docs) {
            NlpStats before = pipeline.nlpStats().orElseThrow();
            long cpu = processCpuNanos();
            long start = System.nanoTime();
            long articles = pass(pipeline, pool, docs);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
            return new Pass(seconds, cpuSeconds, articles, pipeline.nlpStats().orElseThrow().since(before));
        }

        private static long processCpuNanos() {
            return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                    ? os.getProcessCpuTime() : 0L;
        }
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
