package org.wirescope.nlp;

import java.util.Objects;

/**
 * One basic Universal Dependencies arc of a parsed sentence, in sentence-local 0-based token
 * positions; {@code governor} is {@link #ROOT} for the sentence root.
 */
record Dependency(int dependent, int governor, String relation) {

    static final int ROOT = -1;

    Dependency {
        Objects.requireNonNull(relation, "relation");
        if (dependent < 0) throw new IllegalArgumentException("dependent must be >= 0, was " + dependent);
        if (governor < ROOT) throw new IllegalArgumentException("governor must be >= -1, was " + governor);
    }
}
