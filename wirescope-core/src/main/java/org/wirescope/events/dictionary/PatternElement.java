package org.wirescope.events.dictionary;

import java.util.List;
import java.util.Objects;

/**
 * One element of a verb pattern, as written in the dictionary. A pattern is the verb marker
 * {@code *} with a list of elements before it and a list after it.
 */
public sealed interface PatternElement {

    /**
     * A literal word. Words joined with {@code _} in the dictionary must appear next to each other
     * and are kept as one element with a space between them ({@code RE_ARREST} → {@code "RE ARREST"}).
     */
    record Word(String text) implements PatternElement {
        public Word {
            Objects.requireNonNull(text, "text");
            if (text.isBlank()) throw new IllegalArgumentException("text must not be blank");
        }
    }

    /** A reference to a synonym set, by name with its leading {@code &} ({@code "&MILITARY"}). */
    record SynsetRef(String name) implements PatternElement {
        public SynsetRef {
            Objects.requireNonNull(name, "name");
            if (!name.startsWith("&") || name.length() < 2) {
                throw new IllegalArgumentException("name must start with '&', was '" + name + "'");
            }
        }
    }

    /** A slot the coder fills with an actor or skips: {@code $ + % ^}. */
    record Slot(SlotKind kind) implements PatternElement {
        public Slot {
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** Elements that belong together: a noun phrase in braces or a prepositional phrase in parentheses. */
    record Group(GroupKind kind, List<PatternElement> elements) implements PatternElement {
        public Group {
            Objects.requireNonNull(kind, "kind");
            elements = List.copyOf(elements);
        }
    }

    /** The actor slots of a pattern. */
    enum SlotKind {
        /** {@code $}: the source actor. */
        SOURCE('$'),
        /** {@code +}: the target actor. */
        TARGET('+'),
        /** {@code %}: a compound actor that is both source and target. */
        COMPOUND('%'),
        /** {@code ^}: skip the next noun phrase. */
        SKIP('^');

        private final char marker;

        SlotKind(char marker) {
            this.marker = marker;
        }

        public char marker() {
            return marker;
        }

        static SlotKind of(char marker) {
            for (SlotKind k : values()) {
                if (k.marker == marker) return k;
            }
            return null;
        }
    }

    /** The two kinds of bracketed group. */
    enum GroupKind {
        /** {@code {...}}: words of one noun phrase. */
        NOUN_PHRASE,
        /** {@code (...)}: a prepositional phrase, the preposition first. */
        PREPOSITIONAL_PHRASE
    }
}
