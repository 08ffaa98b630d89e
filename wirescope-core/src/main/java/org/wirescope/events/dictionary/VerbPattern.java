package org.wirescope.events.dictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A pattern line of a verb block, {@code - $ * (AGAINST +) [173]}: the elements before and after the
 * verb, and the code the pattern assigns when it matches.
 *
 * @param before the elements written before {@code *}, in order
 * @param after the elements written after {@code *}, in order
 * @param code the code in brackets
 * @param line the line number in the source
 */
public record VerbPattern(List<PatternElement> before, List<PatternElement> after, VerbCode code, int line) {

    public VerbPattern {
        before = List.copyOf(before);
        after = List.copyOf(after);
        Objects.requireNonNull(code, "code");
    }

    /** The synonym sets the pattern names, also inside groups, in order of appearance. */
    public List<String> synsetNames() {
        List<String> out = new ArrayList<>();
        collect(before, out);
        collect(after, out);
        return out;
    }

    private static void collect(List<PatternElement> elements, List<String> out) {
        for (PatternElement e : elements) {
            if (e instanceof PatternElement.SynsetRef s) out.add(s.name());
            else if (e instanceof PatternElement.Group g) collect(g.elements(), out);
        }
    }
}
