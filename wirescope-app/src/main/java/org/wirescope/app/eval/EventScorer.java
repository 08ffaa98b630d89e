package org.wirescope.app.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores predicted events against gold, sentence by sentence. Within a sentence each gold event is
 * matched to at most one prediction of the same PLOVER type (one to one, in order). A type match counts
 * for "type"; it counts for "dyad+type" when at least one source country agrees and, where the gold
 * has targets, at least one target country agrees. Actor accuracy is dyad matches over type matches.
 * Not thread-safe: one scorer per run.
 */
final class EventScorer {

    /** Counts for one slice (overall or one type). */
    static final class Tally {
        int gold;
        int predicted;
        int typeMatched;
        int dyadMatched;

        double typePrecision() {
            return ratio(typeMatched, predicted);
        }

        double typeRecall() {
            return ratio(typeMatched, gold);
        }

        double typeF1() {
            return f1(typePrecision(), typeRecall());
        }

        double dyadPrecision() {
            return ratio(dyadMatched, predicted);
        }

        double dyadRecall() {
            return ratio(dyadMatched, gold);
        }

        double dyadF1() {
            return f1(dyadPrecision(), dyadRecall());
        }

        double actorAccuracy() {
            return ratio(dyadMatched, typeMatched);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0.0 : (double) a / b;
        }

        private static double f1(double p, double r) {
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }
    }

    private final Tally overall = new Tally();
    private final Map<String, Tally> byType = new TreeMap<>();

    /** Adds one sentence. */
    void add(List<GoldEvent> gold, List<GoldEvent> predicted) {
        for (GoldEvent g : gold) {
            overall.gold++;
            type(g.plover()).gold++;
        }
        for (GoldEvent p : predicted) {
            overall.predicted++;
            type(p.plover()).predicted++;
        }
        List<GoldEvent> open = new ArrayList<>(predicted);
        for (GoldEvent g : gold) {
            GoldEvent best = null;
            for (GoldEvent p : open) {
                if (!p.plover().equals(g.plover())) continue;
                if (best == null || (dyad(g, p) && !dyad(g, best))) best = p;
            }
            if (best == null) continue;
            open.remove(best);
            Tally t = type(g.plover());
            overall.typeMatched++;
            t.typeMatched++;
            if (dyad(g, best)) {
                overall.dyadMatched++;
                t.dyadMatched++;
            }
        }
    }

    static boolean dyad(GoldEvent gold, GoldEvent predicted) {
        if (!intersects(gold.sources(), predicted.sources())) return false;
        return gold.targets().isEmpty() || intersects(gold.targets(), predicted.targets());
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) if (b.contains(x)) return true;
        return false;
    }

    private Tally type(String plover) {
        return byType.computeIfAbsent(plover, k -> new Tally());
    }

    Tally overall() {
        return overall;
    }

    Map<String, Tally> byType() {
        return byType;
    }
}
