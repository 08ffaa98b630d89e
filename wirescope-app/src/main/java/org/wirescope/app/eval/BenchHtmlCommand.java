package org.wirescope.app.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.wirescope.html.HtmlExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code wirescope bench html}: HTML main-content extraction against bare jsoup parsing, pages/s and MB/s. */
@Command(name = "html", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Measures HTML main-content extraction against bare jsoup parsing of the same pages.",
            "",
            "Loads the gold pages (html/NNNN.html.gz) into memory as text, then times rounds on one thread, "
                    + "each parsing every page with jsoup alone and then extracting every page (parse included). "
                    + "Prints pages/s and MB/s (10^6 bytes of UTF-8 HTML) of both per round, the ratio of "
                    + "extraction to parse rate (also by the thread's CPU time, which leaves out the time other "
                    + "processes held the CPU), and the round with the median ratio.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {"  wirescope bench html", "  wirescope bench html --runs 9 --warmup 2"})
public final class BenchHtmlCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "DIR", defaultValue = "../shared/gold/extraction/wcxb-dev",
            description = "Gold directory with html/ and ground-truth/ (default: ${DEFAULT-VALUE}).")
    Path gold;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", description = "Timed rounds (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "2",
            description = "Untimed rounds first, to let the JIT compile (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Override
    public Integer call() throws IOException {
        if (runs < 1) throw new ParameterException(spec.commandLine(), "--runs must be at least 1, was " + runs);
        if (warmup < 0) throw new ParameterException(spec.commandLine(), "--warmup must be >= 0, was " + warmup);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(gold.resolve("html")) || !Files.isDirectory(gold.resolve("ground-truth"))) {
            err.println("wirescope bench html: no html/ and ground-truth/ under " + gold + "; pass --gold DIR");
            return 2;
        }
        List<ExtractionGold> pages = ExtractionGold.load(gold);
        if (pages.isEmpty()) {
            err.println("wirescope bench html: no gold pages under " + gold);
            return 2;
        }
        List<ExtractionSpeed.Round> rounds = ExtractionSpeed.measure(pages, HtmlExtractor.create(), warmup, runs);
        out.printf(Locale.ROOT, "corpus: %d pages, %.1f MB of HTML from %s; %d warm-up round%s%n", pages.size(),
                rounds.get(0).bytes() / 1e6, gold, warmup, warmup == 1 ? "" : "s");
        for (int r = 0; r < rounds.size(); r++) out.println(line("run " + (r + 1), rounds.get(r)));
        out.println(line("median", ExtractionSpeed.median(rounds)));
        out.flush();
        return 0;
    }

    static String line(String label, ExtractionSpeed.Round r) {
        String line = String.format(Locale.ROOT, "%s: extraction %.1f pages/s %.2f MB/s; bare jsoup parse %.1f pages/s %.2f MB/s; "
                + "ratio %.2f", label, r.extractPagesPerSecond(), r.extractMegabytesPerSecond(), r.parsePagesPerSecond(),
                r.parseMegabytesPerSecond(), r.ratio());
        return Double.isNaN(r.cpuRatio()) ? line : line + String.format(Locale.ROOT, " (by CPU time %.2f)", r.cpuRatio());
    }
}
