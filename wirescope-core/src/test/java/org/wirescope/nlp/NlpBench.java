package org.wirescope.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.wirescope.config.Limits;
import org.wirescope.model.Article;
import org.wirescope.model.RawDocument;
import org.wirescope.model.Record;
import org.wirescope.model.Source;
import org.wirescope.pipeline.Pipeline;
import org.wirescope.pipeline.Stages;

/**
 * Throughput of the nlp stage on real articles: the {@code text} field of each line of a JSONL
 * file, cleaned by the pipeline, annotated under each {@link ParseMode} on one and two threads.
 * Prints tokens/s, articles/s, sentences parsed and skipped, and peak heap. Not a test; run with
 *
 * <pre>
 * java -Xmx3g -cp target/classes:target/test-classes:$(deps) org.wirescope.nlp.NlpBench [file.jsonl] [rounds] [ALL,SELECTED,NONE]
 * </pre>
 *
 * Without a file it looks for {@code shared/gold/quotes/polnear-dev.jsonl} in a sibling folder.
 * Each mode is warmed up on a first pass over (at most) 20 articles before it is timed. Peak heap is
 * the sum of the heap pools' peaks during the timed run, garbage included; live heap is what is
 * left after a full collection at the end of it.
 */
public final class NlpBench {

    private NlpBench() {
    }

    public static void main(String[] args) throws Exception {
        Path file = args.length > 0 ? Path.of(args[0]) : locate("shared/gold/quotes/polnear-dev.jsonl");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        List<ParseMode> modes = args.length > 2
                ? java.util.Arrays.stream(args[2].split(",")).map(ParseMode::valueOf).toList()
                : List.of(ParseMode.ALL, ParseMode.SELECTED, ParseMode.NONE);
        List<Article> articles = load(file);
        System.out.printf(Locale.ROOT, "%d articles from %s, %d rounds per run%n", articles.size(), file.getFileName(), rounds);

        long loadStart = System.nanoTime();
        NlpStage.create(NlpConfig.DEFAULTS.withParse(ParseMode.ALL)).annotate(articles.get(0));
        System.out.printf(Locale.ROOT, "models loaded in %.1f s; live heap after GC %d MB%n",
                (System.nanoTime() - loadStart) / 1e9, liveHeapMb());

        System.out.println("mode      thr  tokens/s  articles/s  tok/cpu-s  cpu%  blockedMs  sentences  parsed  tooLong  notSel  peakHeapMB  liveHeapMB");
        for (ParseMode mode : modes) {
            NlpStage stage = NlpStage.create(NlpConfig.DEFAULTS.withParse(mode));
            run(stage, articles.subList(0, Math.min(20, articles.size())), 1, 1); // warm-up: JIT
            for (int threads : new int[] {1, 2}) {
                System.gc();
                resetPeaks();
                NlpStats before = stage.stats();
                long start = System.nanoTime();
                long cpuStart = processCpuNanos();
                long blockedMs = run(stage, articles, threads, rounds);
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
                NlpStats s = stage.stats().since(before);
                long peak = peakHeapMb();
                System.out.printf(Locale.ROOT, "%-9s %3d %9.0f %11.1f %10.0f %5.0f %10d %10d %7d %8d %7d %11d %11d%n", mode, threads,
                        s.tokens() / seconds, s.articles() / seconds, s.tokens() / cpuSeconds, 100 * cpuSeconds / seconds, blockedMs,
                        s.sentences(), s.sentencesParsed(),
                        s.sentencesTooLong(), s.sentencesNotSelected(), peak, liveHeapMb());
            }
        }
    }

    /** Annotates every article {@code rounds} times on {@code threads} threads; returns their total milliseconds blocked on monitors. */
    private static long run(NlpStage stage, List<Article> articles, int threads, int rounds) throws Exception {
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        if (mx.isThreadContentionMonitoringSupported()) mx.setThreadContentionMonitoringEnabled(true);
        List<Thread> workers = new java.util.concurrent.CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "nlp-bench-" + workers.size());
            workers.add(t);
            return t;
        });
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                for (Article a : articles) jobs.add(pool.submit(() -> stage.annotate(a)));
            }
            for (Future<?> job : jobs) job.get();
            long blocked = 0;
            for (Thread t : workers) {
                java.lang.management.ThreadInfo info = mx.getThreadInfo(t.getId());
                if (info != null && info.getBlockedTime() > 0) blocked += info.getBlockedTime();
            }
            return blocked;
        } finally {
            pool.shutdownNow();
        }
    }

    static List<Article> load(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Pipeline pipeline = Pipeline.create(Limits.DEFAULTS, Stages.CLEAN);
        List<Article> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int line = 0;
            for (String s = r.readLine(); s != null; s = r.readLine()) {
                line++;
                if (s.isBlank()) continue;
                JsonNode node = json.readTree(s);
                String text = node.path("text").asText("");
                Source source = Source.of(file.getFileName() + "#" + line, Source.Format.JSONL);
                for (Record rec : pipeline.process(RawDocument.of(source, text)).records()) out.add(rec.article());
            }
        }
        return out;
    }

    private static Path locate(String relative) {
        Path dir = Path.of("").toAbsolutePath();
        for (int up = 0; up < 4 && dir != null; up++, dir = dir.getParent()) {
            Path candidate = dir.resolve("..").resolve(relative).normalize();
            if (Files.isRegularFile(candidate)) return candidate;
        }
        throw new IllegalArgumentException("no " + relative + " beside this checkout; pass a JSONL file");
    }

    /** CPU time of the whole process (all threads, GC included); the machine may be shared, so wall time alone misleads. */
    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static long liveHeapMb() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
        }
    }

    /** Sum of the heap pools' peaks since the last reset (an upper bound on the heap in use at once). */
    private static long peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) bytes += pool.getPeakUsage().getUsed();
        }
        return bytes >> 20;
    }
}
