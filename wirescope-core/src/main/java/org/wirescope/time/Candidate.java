package org.wirescope.time;

import java.util.Objects;
import java.util.Optional;

/**
 * A date expression a rule recognised at {@code [start, end)} of the text, with its ISO value when
 * it resolves. Recognised expressions that do not resolve ("this week", "last Tuesday" without an
 * anchor) still take part in choosing among overlapping candidates, so the words inside them are
 * not read again as a shorter expression.
 */
record Candidate(int start, int end, Optional<String> value) {

    Candidate {
        if (start < 0 || end <= start) throw new IllegalArgumentException("bad span " + start + ".." + end);
        Objects.requireNonNull(value, "value");
    }

    int length() {
        return end - start;
    }
}
