package org.wirescope.actors;

import java.util.Map;
import java.util.Optional;

/** Tallies of how often each value was seen. */
public final class Counts {

    private Counts() {
    }

    /** The value seen most often with its count; empty when none was seen or another value ties it. */
    public static Optional<Map.Entry<String, Integer>> leader(Map<String, Integer> counts) {
        Map.Entry<String, Integer> best = null;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > best.getValue()) {
                best = e;
                tie = false;
            } else if (e.getValue().equals(best.getValue())) {
                tie = true;
            }
        }
        return best == null || tie ? Optional.empty() : Optional.of(best);
    }
}
