package org.wirescope.app.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    public record Report(String gold, String system, int articles, QuoteScorer.Scores scores, double seconds,
                         List<QuoteScorer.Case> cases) {
        public double articlesPerSecond() {
            return seconds == 0 ? 0 : articles / seconds;
        }
    }

    private QuoteEval() {
    }

    /**
     * @param extract turns one gold text (as a plain-text document) into records with quotes
     * @param limit how many gold articles to score, from the first
     */
    public static Report run(Path goldFile, String system, Function<RawDocument, List<Record>> extract, int limit)
            throws IOException {
        List<GoldQuotes.Article> all = GoldQuotes.read(goldFile);
        List<GoldQuotes.Article> gold = all.subList(0, Math.min(limit, all.size()));
        List<QuoteScorer.Case> cases = new ArrayList<>();
        long t0 = System.nanoTime();
        for (GoldQuotes.Article g : gold) {
            RawDocument doc = RawDocument.of(Source.of("gold:" + g.id(), Source.Format.TEXT), g.text());
            List<PredictedQuote> predicted = new ArrayList<>();
            for (Record r : extract.apply(doc)) predicted.addAll(toRaw(r));
            cases.add(new QuoteScorer.Case(g.id(), g.text(), g.quotes(), predicted));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Report(goldFile.getFileName().toString(), system, gold.size(), QuoteScorer.score(cases), seconds, cases);
    }

    /** The record's quotes in raw offsets, quotes sharing a cue merged into one attribution (nested spans folded). */
    static List<PredictedQuote> toRaw(Record r) {
        Article a = r.article();
        Map<String, List<Quote>> byCue = new LinkedHashMap<>();
        for (Quote q : r.quotes()) {
            String key = q.cue().map(c -> c.start() + ":" + c.end()).orElse("q:" + q.id());
            byCue.computeIfAbsent(key, k -> new ArrayList<>()).add(q);
        }
        List<PredictedQuote> out = new ArrayList<>();
        for (List<Quote> group : byCue.values()) {
            Quote first = group.get(0);
            for (Quote q : group) {
                if (q.kind() == Quote.Kind.INDIRECT || q.kind() == Quote.Kind.DIRECT) first = q;
            }
            Quote head = first;
            Optional<Span> speaker = head.speaker().mention().map(m -> raw(a, m.span()));
            out.add(new PredictedQuote(union(a, group), head.kind().name().toLowerCase(Locale.ROOT), speaker,
                    head.speaker().name(), head.cue().map(c -> raw(a, c.span()))));
        }
        return out;
    }

    /** Raw spans of the quotes, with spans inside others dropped and overlapping ones joined. */
    private static List<Span> union(Article a, List<Quote> group) {
        List<Span> spans = new ArrayList<>();
        for (Quote q : group) spans.add(raw(a, q.span()));
        spans.sort(null);
        List<Span> merged = new ArrayList<>();
        for (Span s : spans) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s.start() <= last.end()) {
                merged.set(merged.size() - 1, Span.of(last.start(), Math.max(last.end(), s.end())));
            } else {
                merged.add(s);
            }
        }
        return merged;
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
        b.append(String.format(Locale.ROOT, "  articles %d, gold attributions %d (%d speech, %d other not counted: belief, findings, plans, acts)%n",
                r.articles(), s.goldAll(), s.goldAll() - s.goldNonSpeech(), s.goldNonSpeech()));
        b.append(String.format(Locale.ROOT, "  %-22s %9s %9s %9s %9s %9s%n", "", "precision", "recall", "f1", "predicted", "speaker"));
        line(b, "lenient (>30%)", s.lenient());
        line(b, "strict (>80%)", s.strict());
        for (Map.Entry<String, QuoteScorer.Tally> e : s.byKind().entrySet()) line(b, "  kind " + e.getKey(), e.getValue());
        line(b, "all attributions", s.allLenient());
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
