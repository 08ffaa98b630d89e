package org.wirescope.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A statement and who made it. {@code text} excludes quotation marks; {@code span} locates it in
 * the article text.
 */
public record Quote(String id, String text, Span span, Kind kind, Speaker speaker, Optional<TextSpan> cue, List<Relay> via) {

    public enum Kind { DIRECT, PARTIAL, INDIRECT }

    /**
     * The speaker: {@code actor} is the resolved actor's id (absent for unnamed speakers such as
     * "some observers", whose words stay in {@code name}); {@code mention} is where the text names them.
     */
    public record Speaker(Optional<String> actor, String name, Optional<String> role, Optional<TextSpan> mention) {
        public Speaker {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(mention, "mention");
        }
    }

    /** An outlet or channel that carried the statement ("according to Tasnim"). */
    public record Relay(Optional<String> actor, String name) {
        public Relay {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(name, "name");
        }
    }

    public Quote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(cue, "cue");
        via = List.copyOf(via);
    }
}
