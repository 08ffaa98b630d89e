package org.wirescope.app.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.wirescope.clean.Cleaner;
import org.wirescope.clean.RejectedInputException;
import org.wirescope.config.Limits;
import org.wirescope.model.Article;
import org.wirescope.model.Record;
import org.wirescope.nlp.baseline.CoreNlpQuoteBaseline;
import org.wirescope.pipeline.Pipeline;
import org.wirescope.pipeline.Stages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wirescope eval quotes}: quote detection and speaker accuracy against attribution gold. */
@Command(name = "quotes", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Scores quote detection and speaker attribution against gold attributions.",
            "",
            "Runs the full pipeline (clean, nlp, actors, quotes) over each gold text and matches its quotes "
                    + "to the gold attributions one to one. Lenient: a prediction covers more than 30%% of a "
                    + "gold content's characters; strict: more than 80%%. Quotes that share a cue (a partial "
                    + "quotation and the indirect statement around it) count as one attribution, as the gold "
                    + "does. Only speech counts against recall: a gold attribution whose cue holds a word of "
                    + "communication (say, tell, ask, warn, criticize, statement, interview … in any inflection; the "
                    + "list is speech-acts.txt beside this command's class), a colon or dash, or \"according to\". "
                    + "Belief, knowledge and findings (\"has learned\", \"believes\", \"a poll shows\"), wishes, "
                    + "plans and acts that are not communication (\"sent\", \"voted\") do not, and predictions "
                    + "inside them are not errors; the line 'all attributions' scores against every one. "
                    + "Speaker accuracy is over matched quotes: the predicted speaker mention overlaps the gold "
                    + "source, or the predicted speaker's name contains the gold source text.",
            "",
            "With --baseline corenlp the same texts also go through CoreNLP's own quote annotator with "
                    + "attribution (tokenize … depparse, coref, quote), scored the same way, and the speeds "
                    + "are compared.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {"  wirescope eval quotes", "  wirescope eval quotes --baseline corenlp --json"})
public final class EvalQuotesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "FILE", defaultValue = "../shared/gold/quotes/polnear-dev.jsonl",
            description = "Gold attributions, one article a line (default: ${DEFAULT-VALUE}).")
    Path gold;

    @Option(names = "--baseline", paramLabel = "corenlp", description = "Also score CoreNLP's quote annotator.")
    String baseline;

    @Option(names = "--json", description = "Print the scores as one JSON object per system.")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", hidden = true, defaultValue = "2147483647",
            description = "Score only the first N gold articles (quick checks while tuning).")
    int limit;

    @Option(names = "--errors", paramLabel = "FILE", hidden = true,
            description = "Write every missed gold attribution, false positive and wrong speaker as JSON lines.")
    Path errors;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(gold)) {
            err.println("wirescope eval quotes: no gold file at " + gold + "; pass --gold FILE");
            return 2;
        }
        if (baseline != null && !baseline.equalsIgnoreCase("corenlp")) {
            err.println("wirescope eval quotes: unknown baseline '" + baseline + "' (known: corenlp)");
            return 2;
        }
        List<QuoteEval.Report> reports = new ArrayList<>();
        Pipeline pipeline = Pipeline.create(Limits.DEFAULTS, Stages.ALL);
        pipeline.process(org.wirescope.model.RawDocument.of(
                org.wirescope.model.Source.of("warm-up", org.wirescope.model.Source.Format.TEXT), "Warm Up\n\nThe models load once, she said.\n"));
        reports.add(QuoteEval.run(gold, "wirescope", raw -> pipeline.process(raw).records(), limit));
        print(out, reports.get(0));
        if (errors != null) QuoteErrors.write(errors, reports.get(0).cases());
        if (baseline != null) {
            CoreNlpQuoteBaseline coreNlp = CoreNlpQuoteBaseline.create();
            Cleaner cleaner = Cleaner.create(Limits.DEFAULTS);
            reports.add(QuoteEval.run(gold, "corenlp-quote", raw -> {
                List<Record> records = new ArrayList<>();
                try {
                    for (Article a : cleaner.clean(raw)) {
                        records.add(new Record(a, List.of(), coreNlp.quotes(a), List.of(), List.of(),
                                java.util.Optional.empty(), java.util.Optional.empty()));
                    }
                } catch (RejectedInputException e) {
                    // a gold text that does not clean has no predictions; it still counts in recall
                }
                return records;
            }, limit));
            print(out, reports.get(1));
            QuoteEval.Report ours = reports.get(0);
            QuoteEval.Report theirs = reports.get(1);
            if (!json) {
                out.printf(Locale.ROOT, "comparison: lenient F1 %.3f vs %.3f, speaker accuracy %.3f vs %.3f, speed %.2f vs %.2f articles/s (%.1fx)%n",
                        ours.scores().lenient().f1(), theirs.scores().lenient().f1(),
                        ours.scores().lenient().speakerAccuracy(), theirs.scores().lenient().speakerAccuracy(),
                        ours.articlesPerSecond(), theirs.articlesPerSecond(),
                        theirs.articlesPerSecond() == 0 ? 0 : ours.articlesPerSecond() / theirs.articlesPerSecond());
            }
        }
        out.flush();
        return 0;
    }

    private void print(PrintWriter out, QuoteEval.Report r) {
        if (!json) {
            out.print(QuoteEval.format(r));
            out.flush();
            return;
        }
        ObjectMapper m = new ObjectMapper();
        ObjectNode n = m.createObjectNode();
        n.put("system", r.system()).put("gold", r.gold()).put("articles", r.articles())
                .put("seconds", r.seconds()).put("articles_per_second", r.articlesPerSecond());
        tally(n.putObject("lenient"), r.scores().lenient());
        tally(n.putObject("strict"), r.scores().strict());
        ObjectNode kinds = n.putObject("by_kind");
        r.scores().byKind().forEach((k, t) -> tally(kinds.putObject(k), t));
        tally(n.putObject("all_attributions_lenient"), r.scores().allLenient());
        n.put("gold_attributions", r.scores().goldAll()).put("gold_not_speech", r.scores().goldNonSpeech());
        out.println(n);
        out.flush();
    }

    private static void tally(ObjectNode n, QuoteScorer.Tally t) {
        n.put("precision", t.precision()).put("recall", t.recall()).put("f1", t.f1())
                .put("predicted", t.predicted - t.excluded).put("gold", t.gold)
                .put("speaker_accuracy", t.speakerAccuracy()).put("speaker_judged", t.speakerJudged);
    }
}
