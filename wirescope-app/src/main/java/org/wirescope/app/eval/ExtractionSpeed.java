package org.wirescope.app.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.wirescope.html.HtmlExtractor;

/**
 * Extraction alone and bare jsoup parsing alone over the same pages (decoded text in memory), in rounds
 * after untimed warm-up rounds. Within a round each page is parsed and extracted back to back (which
 * goes first alternates from page to page), so that load from other processes on a shared machine
 * falls on both sides of the ratio alike. Besides elapsed time, the thread's CPU time is summed, where
 * the JVM measures it: on a machine shared with other work it says what the ratio would be on an idle one.
 */
final class ExtractionSpeed {

    /** One timed round: nanoseconds of bare parsing and of extraction over all pages, elapsed and on the CPU. */
    record Round(long parseNanos, long extractNanos, long parseCpuNanos, long extractCpuNanos, int pages, long bytes) {

        double parsePagesPerSecond() {
            return pages / (parseNanos / 1e9);
        }

        double parseMegabytesPerSecond() {
            return bytes / 1e6 / (parseNanos / 1e9);
        }

        double extractPagesPerSecond() {
            return pages / (extractNanos / 1e9);
        }

        double extractMegabytesPerSecond() {
            return bytes / 1e6 / (extractNanos / 1e9);
        }

        /** Extraction rate as a share of the bare parse rate. */
        double ratio() {
            return (double) parseNanos / extractNanos;
        }

        /** The same by CPU time; NaN where the JVM does not measure it. */
        double cpuRatio() {
            return parseCpuNanos < 0 ? Double.NaN : (double) parseCpuNanos / extractCpuNanos;
        }
    }

    /** Elapsed and CPU nanoseconds of one kind of work, summed over a round. */
    private static final class Tally {
        long elapsed;
        long cpu;
    }

    private ExtractionSpeed() {}

    static List<Round> measure(List<ExtractionGold> pages, HtmlExtractor extractor, int warmups, int rounds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled();
        long bytes = 0;
        for (ExtractionGold p : pages) bytes += p.bytes();
        List<Round> out = new ArrayList<>();
        for (int r = 0; r < warmups + rounds; r++) {
            System.gc();
            Tally parse = new Tally();
            Tally extract = new Tally();
            for (int i = 0; i < pages.size(); i++) {
                ExtractionGold page = pages.get(i);
                Runnable parsing = () -> Jsoup.parse(page.html(), page.url().orElse(""));
                Runnable extracting = () -> extract(extractor, page);
                if (i % 2 == 0) {
                    time(parsing, parse, threads, cpu);
                    time(extracting, extract, threads, cpu);
                } else {
                    time(extracting, extract, threads, cpu);
                    time(parsing, parse, threads, cpu);
                }
            }
            if (r >= warmups) {
                out.add(new Round(parse.elapsed, extract.elapsed, cpu ? parse.cpu : -1, cpu ? extract.cpu : -1,
                        pages.size(), bytes));
            }
        }
        return out;
    }

    /** The median round by ratio (for an even count, the lower of the middle two). */
    static Round median(List<Round> rounds) {
        Round[] sorted = rounds.toArray(Round[]::new);
        Arrays.sort(sorted, (a, b) -> Double.compare(a.ratio(), b.ratio()));
        return sorted[(sorted.length - 1) / 2];
    }

    private static void time(Runnable work, Tally tally, ThreadMXBean threads, boolean cpu) {
        long cpuStart = cpu ? threads.getCurrentThreadCpuTime() : 0;
        long start = System.nanoTime();
        work.run();
        tally.elapsed += System.nanoTime() - start;
        if (cpu) tally.cpu += threads.getCurrentThreadCpuTime() - cpuStart;
    }

    private static void extract(HtmlExtractor extractor, ExtractionGold page) {
        try {
            extractor.extract(page.html(), page.url());
        } catch (RuntimeException e) {
            // a page over a limit costs what it costs; the eval counts such failures
        }
    }
}
