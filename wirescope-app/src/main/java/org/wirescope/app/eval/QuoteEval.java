package org.wirescope.app.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.wirescope.model.Article;
import org.wirescope.model.Quote;
import org.wirescope.model.RawDocument;
import org.wirescope.model.Record;
import org.wirescope.model.Source;
import org.wirescope.model.Span;

/**
 * {@code wirescope eval quotes}: runs an extractor over the gold texts, maps its quotes back to
 * raw offsets and scores them. The report prints the same lines every time, so runs can be compared.
 */
public final class QuoteEval {

    /** What one run measured. */
    public record Report(String gold, String system, int articles, QuoteScorer.Scores scores, double seconds) {
        public double articlesPerSecond() {
            return seconds == 0 ? 0 : articles / seconds;
        }
    }

    private QuoteEval() {
    }

    /**
     * @param extract turns one gold text (as a plain-text document) into records with quotes
     */
    public static Report run(Path goldFile, String system, Function<RawDocument, List<Record>> extract) throws IOException {
        List<GoldQuotes.Article> gold = GoldQuotes.read(goldFile);
        List<QuoteScorer.Case> cases = new ArrayList<>();
        long t0 = System.nanoTime();
        for (GoldQuotes.Article g : gold) {
            RawDocument doc = RawDocument.of(Source.of("gold:" + g.id(), Source.Format.TEXT), g.text());
            List<PredictedQuote> predicted = new ArrayList<>();
            for (Record r : extract.apply(doc)) predicted.addAll(toRaw(r));
            cases.add(new QuoteScorer.Case(g.text(), g.quotes(), predicted));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Report(goldFile.getFileName().toString(), system, gold.size(), QuoteScorer.score(cases), seconds);
    }

    static List<PredictedQuote> toRaw(Record r) {
        Article a = r.article();
        List<PredictedQuote> out = new ArrayList<>();
        for (Quote q : r.quotes()) {
            Optional<Span> speaker = q.speaker().mention().map(m -> raw(a, m.span()));
            out.add(new PredictedQuote(raw(a, q.span()), q.kind().name().toLowerCase(Locale.ROOT), speaker, q.speaker().name()));
        }
        return out;
    }

    private static Span raw(Article a, Span clean) {
        if (clean.length() == 0) {
            int at = a.rawOffset(clean.start());
            return Span.of(at, at);
        }
        return Span.of(a.rawOffset(clean.start()), a.rawOffset(clean.end() - 1) + 1);
    }

    /** The human-readable report; the layout is fixed so runs line up. */
    public static String format(Report r) {
        QuoteScorer.Scores s = r.scores();
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "quotes eval  gold=%s  system=%s%n", r.gold(), r.system()));
        b.append(String.format(Locale.ROOT, "  articles %d, gold attributions %d (%d speech, %d belief/finding not counted)%n",
                r.articles(), s.goldAll(), s.goldAll() - s.goldNonSpeech(), s.goldNonSpeech()));
        b.append(String.format(Locale.ROOT, "  %-22s %9s %9s %9s %9s %9s%n", "", "precision", "recall", "f1", "predicted", "speaker"));
        line(b, "lenient (>30%)", s.lenient());
        line(b, "strict (>80%)", s.strict());
        for (Map.Entry<String, QuoteScorer.Tally> e : s.byKind().entrySet()) line(b, "  kind " + e.getKey(), e.getValue());
        b.append(String.format(Locale.ROOT, "  speaker accuracy %.3f over %d matched quotes (lenient)%n",
                s.lenient().speakerAccuracy(), s.lenient().speakerJudged));
        b.append(String.format(Locale.ROOT, "  time %.1f s, %.2f articles/s%n", r.seconds(), r.articlesPerSecond()));
        return b.toString();
    }

    private static void line(StringBuilder b, String name, QuoteScorer.Tally t) {
        b.append(String.format(Locale.ROOT, "  %-22s %9.3f %9.3f %9.3f %9d %9.3f%n", name, t.precision(), t.recall(), t.f1(),
                t.predicted - t.excluded, t.speakerAccuracy()));
    }
}
