package org.wirescope.events.dictionary;

import java.util.List;
import java.util.Objects;

/**
 * A verb block: the header {@code --- NAME [code] ---}, the synonymous verbs under it and the
 * patterns they share.
 *
 * @param name the name in the header
 * @param code the block's code, used for a verb alone and for verbs without a code of their own
 * @param verbs the verbs, in file order
 * @param patterns the patterns, in file order
 * @param line the header's line number
 */
public record VerbBlock(String name, VerbCode code, List<VerbEntry> verbs, List<VerbPattern> patterns, int line) {

    public VerbBlock {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(code, "code");
        verbs = List.copyOf(verbs);
        patterns = List.copyOf(patterns);
    }

    /** The code a verb of this block codes on its own: its own code, or the block's. */
    public VerbCode codeOf(VerbEntry verb) {
        return verb.code().orElse(code);
    }
}
