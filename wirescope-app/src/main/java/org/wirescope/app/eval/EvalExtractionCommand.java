package org.wirescope.app.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import net.dankito.readability4j.Readability4J;
import org.wirescope.html.HtmlArticle;
import org.wirescope.html.HtmlExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wirescope eval extraction}: HTML main-content extraction against page gold, with Readability4J alongside. */
@Command(name = "extraction", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Scores HTML main-content extraction against gold pages (html/NNNN.html.gz with ground-truth/NNNN.json).",
            "",
            "Main content: precision, recall and F1 over bags of lower-cased word tokens, averaged over pages. "
                    + "Title: exact match after whitespace normalisation. Date: the same calendar date. Author: "
                    + "either contains the other, ignoring case. Title, date and author rates count only pages whose "
                    + "gold states them. Readability4J (its textContent, title and byline) is scored on the same pages.",
            "",
            "Speed: extraction alone and bare jsoup parsing alone over the same pages (decoded text in memory), "
                    + "alternating, after one warm-up round; the round with the median ratio of three "
                    + "(`wirescope bench html` times more rounds).",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {"  wirescope eval extraction", "  wirescope eval extraction --gold ../shared/gold/extraction/wcxb-dev --json"})
public final class EvalExtractionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "DIR", defaultValue = "../shared/gold/extraction/wcxb-dev",
            description = "Gold directory with html/ and ground-truth/ (default: ${DEFAULT-VALUE}).")
    Path gold;

    @Option(names = "--per-page", paramLabel = "FILE", defaultValue = "extraction-per-page.tsv",
            description = "Where to write per-page scores as TSV (default: ${DEFAULT-VALUE}).")
    Path perPage;

    @Option(names = "--json", description = "Print the scores as one JSON object.")
    boolean json;

    private record Prediction(String text, String title, List<String> authors, Optional<LocalDate> date, String error) {}

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(gold.resolve("html")) || !Files.isDirectory(gold.resolve("ground-truth"))) {
            err.println("wirescope eval extraction: no html/ and ground-truth/ under " + gold + "; pass --gold DIR");
            return 2;
        }
        List<ExtractionGold> pages = ExtractionGold.load(gold);
        if (pages.isEmpty()) {
            err.println("wirescope eval extraction: no gold pages under " + gold);
            return 2;
        }
        HtmlExtractor extractor = HtmlExtractor.create();
        ExtractionTally ours = new ExtractionTally("wirescope");
        ExtractionTally theirs = new ExtractionTally("readability4j");
        Path parent = perPage.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        try (Writer tsv = Files.newBufferedWriter(perPage, StandardCharsets.UTF_8)) {
            tsv.write("id\turl\tws_precision\tws_recall\tws_f1\tws_title\tws_date\tws_author\tr4j_precision\tr4j_recall\tr4j_f1"
                    + "\tr4j_title\tr4j_author\tws_error\tr4j_error\n");
            for (ExtractionGold page : pages) {
                Prediction w = wirescope(extractor, page);
                Prediction r = readability(page);
                String ws = score(ours, page, w);
                String rs = score(theirs, page, r);
                String[] rParts = rs.split("\t", -1);
                tsv.write(page.id() + "\t" + page.url().orElse("") + "\t" + ws + "\t" + rParts[0] + "\t" + rParts[1] + "\t" + rParts[2]
                        + "\t" + rParts[3] + "\t" + rParts[5] + "\t" + clean(w.error()) + "\t" + clean(r.error()) + "\n");
            }
        }
        ExtractionSpeed.Round speed = ExtractionSpeed.median(ExtractionSpeed.measure(pages, extractor, 1, 3));
        if (json) printJson(out, pages.size(), ours, theirs, speed);
        else print(out, pages.size(), ours, theirs, speed);
        out.flush();
        return 0;
    }

    private static Prediction wirescope(HtmlExtractor extractor, ExtractionGold page) {
        try {
            HtmlArticle a = extractor.extract(page.html(), page.url());
            return new Prediction(a.text(), a.title(), a.byline(), a.publishedDate(), "");
        } catch (RuntimeException e) {
            return new Prediction("", "", List.of(), Optional.empty(), e.getMessage());
        }
    }

    private static Prediction readability(ExtractionGold page) {
        try {
            net.dankito.readability4j.Article a = new Readability4J(page.url().orElse(""), page.html()).parse();
            String text = a.getTextContent() == null ? "" : a.getTextContent();
            String title = a.getTitle() == null ? "" : a.getTitle();
            List<String> byline = a.getByline() == null ? List.of() : List.of(a.getByline());
            return new Prediction(text, title, byline, Optional.empty(), "");
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            return new Prediction("", "", List.of(), Optional.empty(), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Adds the page to the tally; returns precision, recall, F1, title, date, author as TSV fields. */
    private static String score(ExtractionTally t, ExtractionGold page, Prediction p) {
        t.pages++;
        if (!p.error().isEmpty()) t.failed++;
        ExtractionScorer.Overlap o = ExtractionScorer.overlap(p.text(), page.mainContent());
        t.precision += o.precision();
        t.recall += o.recall();
        t.f1 += o.f1();
        String title = "";
        if (page.title().isPresent()) {
            t.titleGold++;
            boolean ok = ExtractionScorer.titleMatches(p.title(), page.title().get());
            if (ok) t.titleRight++;
            title = ok ? "1" : "0";
        }
        String date = "";
        if (page.date().flatMap(ExtractionScorer::isoDate).isPresent()) {
            t.dateGold++;
            boolean ok = ExtractionScorer.sameDate(p.date(), page.date().get());
            if (ok) t.dateRight++;
            date = ok ? "1" : "0";
        }
        String author = "";
        if (page.author().isPresent()) {
            t.authorGold++;
            boolean ok = ExtractionScorer.authorMatches(p.authors(), page.author().get());
            if (ok) t.authorRight++;
            author = ok ? "1" : "0";
        }
        return String.format(Locale.ROOT, "%.4f\t%.4f\t%.4f\t%s\t%s\t%s", o.precision(), o.recall(), o.f1(), title, date, author);
    }

    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ");
    }

    private void print(PrintWriter out, int pages, ExtractionTally ours, ExtractionTally theirs, ExtractionSpeed.Round speed) {
        out.printf(Locale.ROOT, "wirescope eval extraction: %d pages from %s%n", pages, gold);
        out.printf(Locale.ROOT, "%-14s %6s %7s %9s %8s %8s %6s %6s %6s%n",
                "system", "pages", "failed", "precision", "recall", "F1", "title", "date", "author");
        for (ExtractionTally t : List.of(ours, theirs)) {
            boolean dates = t == ours;
            out.printf(Locale.ROOT, "%-14s %6d %7d %9.3f %8.3f %8.3f %6.3f %6s %6.3f%n", t.system, t.pages, t.failed,
                    t.mean(t.precision), t.mean(t.recall), t.mean(t.f1), ExtractionTally.rate(t.titleRight, t.titleGold),
                    dates ? String.format(Locale.ROOT, "%.3f", ExtractionTally.rate(t.dateRight, t.dateGold)) : "-",
                    ExtractionTally.rate(t.authorRight, t.authorGold));
        }
        out.printf(Locale.ROOT, "gold fields: title %d, date %d, author %d pages%n", ours.titleGold, ours.dateGold, ours.authorGold);
        out.println(BenchHtmlCommand.line("speed (median of 3 rounds)", speed));
        out.println("per-page scores: " + perPage);
    }

    private void printJson(PrintWriter out, int pages, ExtractionTally ours, ExtractionTally theirs, ExtractionSpeed.Round speed) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode n = m.createObjectNode();
        n.put("gold", gold.toString()).put("pages", pages).put("per_page", perPage.toString());
        for (ExtractionTally t : List.of(ours, theirs)) {
            ObjectNode s = n.putObject(t.system);
            s.put("failed", t.failed).put("precision", t.mean(t.precision)).put("recall", t.mean(t.recall)).put("f1", t.mean(t.f1))
                    .put("title", ExtractionTally.rate(t.titleRight, t.titleGold))
                    .put("author", ExtractionTally.rate(t.authorRight, t.authorGold));
            if (t == ours) s.put("date", ExtractionTally.rate(t.dateRight, t.dateGold));
        }
        ObjectNode rates = n.putObject("speed");
        rates.put("extraction_pages_per_second", speed.extractPagesPerSecond())
                .put("extraction_mb_per_second", speed.extractMegabytesPerSecond())
                .put("parse_pages_per_second", speed.parsePagesPerSecond()).put("parse_mb_per_second", speed.parseMegabytesPerSecond())
                .put("extraction_to_parse_ratio", speed.ratio());
        if (!Double.isNaN(speed.cpuRatio())) rates.put("extraction_to_parse_cpu_ratio", speed.cpuRatio());
        out.println(n);
    }
}
