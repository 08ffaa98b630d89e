package org.wirescope.app.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.wirescope.html.HtmlExtractor;

/**
 * Extraction alone and bare jsoup parsing alone over the same pages (decoded text in memory), in rounds
 * after untimed warm-up rounds. Within a round each page is parsed and extracted back to back (which
 * goes first alternates from page to page), so that load from other processes on a shared machine
 * falls on both sides of the ratio alike.
 */
final class ExtractionSpeed {

    /** One timed round: nanoseconds of bare parsing and of extraction over all pages. */
    record Round(long parseNanos, long extractNanos, int pages, long bytes) {

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
    }

    private ExtractionSpeed() {}

    static List<Round> measure(List<ExtractionGold> pages, HtmlExtractor extractor, int warmups, int rounds) {
        long bytes = 0;
        for (ExtractionGold p : pages) bytes += p.bytes();
        List<Round> out = new ArrayList<>();
        for (int r = 0; r < warmups + rounds; r++) {
            System.gc();
            long parse = 0;
            long extract = 0;
            for (int i = 0; i < pages.size(); i++) {
                ExtractionGold page = pages.get(i);
                if (i % 2 == 0) {
                    parse += parse(page);
                    extract += extract(extractor, page);
                } else {
                    extract += extract(extractor, page);
                    parse += parse(page);
                }
            }
            if (r >= warmups) out.add(new Round(parse, extract, pages.size(), bytes));
        }
        return out;
    }

    /** The median round by ratio (for an even count, the lower of the middle two). */
    static Round median(List<Round> rounds) {
        Round[] sorted = rounds.toArray(Round[]::new);
        Arrays.sort(sorted, (a, b) -> Double.compare(a.ratio(), b.ratio()));
        return sorted[(sorted.length - 1) / 2];
    }

    private static long parse(ExtractionGold page) {
        long start = System.nanoTime();
        Jsoup.parse(page.html(), page.url().orElse(""));
        return System.nanoTime() - start;
    }

    private static long extract(HtmlExtractor extractor, ExtractionGold page) {
        long start = System.nanoTime();
        try {
            extractor.extract(page.html(), page.url());
        } catch (RuntimeException e) {
            // a page over a limit costs what it costs; the eval counts such failures
        }
        return System.nanoTime() - start;
    }
}
