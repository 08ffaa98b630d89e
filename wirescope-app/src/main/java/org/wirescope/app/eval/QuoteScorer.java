package org.wirescope.app.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Scores predicted quotes against gold attributions. A prediction matches a gold attribution
 * when it covers more than {@code threshold} of the gold content's characters; matching is
 * one-to-one, best overlap first. Gold attributions that are not speech do not count against
 * recall, and predictions that fall inside them are not counted as errors. Speaker accuracy is
 * over matched pairs: the predicted speaker mention overlaps the gold source span, or the
 * predicted speaker's name contains the gold source text.
 */
final class QuoteScorer {

    static final double LENIENT = 0.3;
    static final double STRICT = 0.8;

    /** One article's gold and predictions, in the same raw text. */
    record Case(String id, String text, List<GoldQuote> gold, List<PredictedQuote> predicted) {
        Case(String text, List<GoldQuote> gold, List<PredictedQuote> predicted) {
            this("", text, gold, predicted);
        }
    }

    /** What went wrong with one attribution under lenient matching, for error analysis. */
    enum Error { MISSED, FALSE_POSITIVE, WRONG_SPEAKER }

    /**
     * One error: a missed gold attribution, a prediction that matched nothing (and lies in no belief
     * attribution), or a match whose speaker is wrong; {@code gold} or {@code predicted} is absent
     * where the error has none.
     */
    record Finding(Error error, Optional<GoldQuote> gold, Optional<PredictedQuote> predicted) {
    }

    /** Counts for one slice (all, or one kind). */
    static final class Tally {
        int predicted;
        int excluded;
        int gold;
        int matchedPredicted;
        int matchedGold;
        int speakerJudged;
        int speakerRight;

        double precision() {
            int n = predicted - excluded;
            return n == 0 ? 0 : matchedPredicted / (double) n;
        }

        double recall() {
            return gold == 0 ? 0 : matchedGold / (double) gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double speakerAccuracy() {
            return speakerJudged == 0 ? 0 : speakerRight / (double) speakerJudged;
        }
    }

    /**
     * The full result: overall tallies at both thresholds, per-kind tallies (lenient), and the lenient
     * tally with every gold attribution counted as speech ({@code allLenient}), for comparison.
     */
    record Scores(Tally lenient, Tally strict, Map<String, Tally> byKind, Tally allLenient, int goldAll, int goldNonSpeech) {
    }

    private QuoteScorer() {
    }

    static Scores score(List<Case> cases) {
        Tally lenient = new Tally();
        Tally strict = new Tally();
        Tally allLenient = new Tally();
        Map<String, Tally> byKind = new LinkedHashMap<>();
        for (String k : List.of("direct", "partial", "indirect")) byKind.put(k, new Tally());
        int goldAll = 0;
        int nonSpeech = 0;
        for (Case c : cases) {
            goldAll += c.gold().size();
            nonSpeech += (int) c.gold().stream().filter(g -> !g.speech()).count();
            tally(c, LENIENT, lenient, byKind);
            tally(c, STRICT, strict, null);
            List<GoldQuote> everyOne = c.gold().stream().map(GoldQuote::asSpeech).toList();
            tally(new Case(c.id(), c.text(), everyOne, c.predicted()), LENIENT, allLenient, null);
        }
        return new Scores(lenient, strict, byKind, allLenient, goldAll, nonSpeech);
    }

    private record Pair(int gold, int predicted, double cover) {
    }

    /** The lenient errors of one article, in the order: misses, false positives, wrong speakers. */
    static List<Finding> findings(Case c) {
        List<GoldQuote> speech = c.gold().stream().filter(GoldQuote::speech).toList();
        List<GoldQuote> other = c.gold().stream().filter(g -> !g.speech()).toList();
        int[] goldTo = new int[speech.size()];
        int[] predTo = new int[c.predicted().size()];
        match(c, speech, LENIENT, goldTo, predTo);
        List<Finding> out = new ArrayList<>();
        for (int g = 0; g < speech.size(); g++) {
            if (goldTo[g] < 0) out.add(new Finding(Error.MISSED, Optional.of(speech.get(g)), Optional.empty()));
        }
        for (int p = 0; p < predTo.length; p++) {
            PredictedQuote pq = c.predicted().get(p);
            if (predTo[p] < 0 && !insideAny(other, pq, LENIENT)) {
                out.add(new Finding(Error.FALSE_POSITIVE, Optional.empty(), Optional.of(pq)));
            }
        }
        for (int p = 0; p < predTo.length; p++) {
            if (predTo[p] < 0) continue;
            GoldQuote g = speech.get(predTo[p]);
            PredictedQuote pq = c.predicted().get(p);
            if (g.source().isPresent() && !speakerRight(pq, g)) {
                out.add(new Finding(Error.WRONG_SPEAKER, Optional.of(g), Optional.of(pq)));
            }
        }
        return out;
    }

    /** One-to-one matching, best cover first; fills {@code goldTo} and {@code predTo} (-1 where unmatched). */
    private static void match(Case c, List<GoldQuote> speech, double threshold, int[] goldTo, int[] predTo) {
        List<Pair> pairs = new ArrayList<>();
        for (int g = 0; g < speech.size(); g++) {
            int len = speech.get(g).contentLength();
            if (len == 0) continue;
            for (int p = 0; p < c.predicted().size(); p++) {
                double cover = Math.min(1.0, speech.get(g).overlap(c.predicted().get(p)) / (double) len);
                if (cover > threshold) pairs.add(new Pair(g, p, cover));
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::cover).reversed());
        Arrays.fill(goldTo, -1);
        Arrays.fill(predTo, -1);
        for (Pair pair : pairs) {
            if (goldTo[pair.gold] >= 0 || predTo[pair.predicted] >= 0) continue;
            goldTo[pair.gold] = pair.predicted;
            predTo[pair.predicted] = pair.gold;
        }
    }

    private static void tally(Case c, double threshold, Tally all, Map<String, Tally> byKind) {
        List<GoldQuote> speech = c.gold().stream().filter(GoldQuote::speech).toList();
        List<GoldQuote> other = c.gold().stream().filter(g -> !g.speech()).toList();
        int[] goldTo = new int[speech.size()];
        int[] predTo = new int[c.predicted().size()];
        match(c, speech, threshold, goldTo, predTo);
        for (int p = 0; p < c.predicted().size(); p++) {
            PredictedQuote pq = c.predicted().get(p);
            Tally kind = byKind == null ? null : byKind.get(pq.kind());
            boolean excluded = predTo[p] < 0 && insideAny(other, pq, threshold);
            for (Tally t : tallies(all, kind)) {
                t.predicted++;
                if (excluded) t.excluded++;
                if (predTo[p] >= 0) {
                    t.matchedPredicted++;
                    GoldQuote g = speech.get(predTo[p]);
                    if (g.source().isPresent()) {
                        t.speakerJudged++;
                        if (speakerRight(pq, g)) t.speakerRight++;
                    }
                }
            }
        }
        for (int g = 0; g < speech.size(); g++) {
            Tally kind = byKind == null ? null : byKind.get(speech.get(g).kind(c.text()));
            for (Tally t : tallies(all, kind)) {
                t.gold++;
                if (goldTo[g] >= 0) t.matchedGold++;
            }
        }
    }

    private static List<Tally> tallies(Tally all, Tally kind) {
        return kind == null ? List.of(all) : List.of(all, kind);
    }

    private static boolean insideAny(List<GoldQuote> other, PredictedQuote p, double threshold) {
        for (GoldQuote g : other) {
            int len = g.contentLength();
            if (len > 0 && g.overlap(p) / (double) len > threshold) return true;
            if (p.length() > 0 && g.overlap(p) / (double) p.length() > 0.5) return true;
        }
        return false;
    }

    static boolean speakerRight(PredictedQuote p, GoldQuote g) {
        if (p.speakerMention().isPresent() && g.source().isPresent() && p.speakerMention().get().overlaps(g.source().get())) {
            return true;
        }
        return g.sourceText().isPresent() && !p.speakerName().isBlank()
                && p.speakerName().toLowerCase(Locale.ROOT).contains(g.sourceText().get().toLowerCase(Locale.ROOT).strip());
    }
}
