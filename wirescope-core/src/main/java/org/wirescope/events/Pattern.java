package org.wirescope.events;

import java.util.Objects;
import java.util.Set;

/**
 * One line of the pattern resource: a cue lemma of a part of speech, the CAMEO code it gives, and the
 * conditions under which it gives it.
 *
 * @param kind what the cue must be
 * @param lemma the cue's lemma, lower case
 * @param code the CAMEO code
 * @param particles a particle or preposition of the cue or its complement must be one of these (empty: any)
 * @param objects a complement lemma must be one of these (empty: any)
 * @param context a lemma of the cue's phrase must be one of these (empty: any)
 * @param line the resource line, for messages
 */
record Pattern(Kind kind, String lemma, String code, Set<String> particles, Set<String> objects, Set<String> context,
               int line) {

    enum Kind { VERB, NOUN, ADJECTIVE, MODAL }

    Pattern {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(code, "code");
        particles = Set.copyOf(particles);
        objects = Set.copyOf(objects);
        context = Set.copyOf(context);
    }

    /** How many conditions the pattern sets: the more, the more specific and the more trusted. */
    int conditions() {
        return (particles.isEmpty() ? 0 : 1) + (objects.isEmpty() ? 0 : 1) + (context.isEmpty() ? 0 : 1);
    }
}
