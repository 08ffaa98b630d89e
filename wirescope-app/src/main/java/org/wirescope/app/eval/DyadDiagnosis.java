package org.wirescope.app.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Why a gold event's dyad was missed, for the error listing of {@code eval events --mismatches}: the
 * first of these that fits.
 *
 * <ul>
 *   <li>{@link Kind#TYPE}: no prediction of the gold event's PLOVER type (a type error, not a dyad error);</li>
 *   <li>{@link Kind#REVERSED}: the predicted source is a gold target and the predicted target a gold source;</li>
 *   <li>{@link Kind#CONVENTION}: a side is wrong only in how it is coded — an IGO, NGO or region code
 *       against another such code ("NGO" for the gold's "IGO", "EUR" for "IGO");</li>
 *   <li>{@link Kind#SOURCE_MISSING} / {@link Kind#SOURCE_WRONG}: no coded source, or none of the gold's;</li>
 *   <li>{@link Kind#TARGET_MISSING} / {@link Kind#TARGET_WRONG}: the same for the target, the source being right.</li>
 * </ul>
 * {@link Kind#EXTRA} marks a prediction rather than a gold event: one of a type the sentence's gold lacks.
 */
final class DyadDiagnosis {

    enum Kind { TYPE, REVERSED, CONVENTION, SOURCE_MISSING, SOURCE_WRONG, TARGET_MISSING, TARGET_WRONG, EXTRA }

    private DyadDiagnosis() {
    }

    /**
     * The kind of miss of {@code gold} against the predictions of its sentence, or null when one of
     * them matches its dyad and type.
     */
    static Kind of(GoldEvent gold, List<GoldEvent> predicted, Set<String> countries) {
        GoldEvent best = null;
        for (GoldEvent p : predicted) {
            if (!p.plover().equals(gold.plover())) continue;
            if (EventScorer.dyad(gold, p)) return null;
            if (best == null || score(gold, p) > score(gold, best)) best = p;
        }
        if (best == null) return Kind.TYPE;
        boolean sourceRight = meets(gold.sources(), best.sources());
        if (!sourceRight && meets(gold.targets(), best.sources()) && meets(gold.sources(), best.targets())) return Kind.REVERSED;
        if (!sourceRight) {
            if (best.sources().isEmpty()) return Kind.SOURCE_MISSING;
            return onlyConventions(gold.sources(), best.sources(), countries) ? Kind.CONVENTION : Kind.SOURCE_WRONG;
        }
        if (best.targets().isEmpty()) return Kind.TARGET_MISSING;
        return onlyConventions(gold.targets(), best.targets(), countries) ? Kind.CONVENTION : Kind.TARGET_WRONG;
    }

    private static int score(GoldEvent gold, GoldEvent p) {
        return (meets(gold.sources(), p.sources()) ? 2 : 0) + (meets(gold.targets(), p.targets()) ? 1 : 0);
    }

    private static boolean meets(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return !both.isEmpty();
    }

    /** Whether the gold side and the predicted side are both coded as something other than a country. */
    private static boolean onlyConventions(Set<String> gold, Set<String> predicted, Set<String> countries) {
        return !gold.isEmpty() && gold.stream().noneMatch(countries::contains) && predicted.stream().noneMatch(countries::contains);
    }
}
