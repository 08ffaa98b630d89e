package org.wirescope.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Who did what to whom: one coded political event with the sentence it came from.
 *
 * @param mediator the third party the act went through, when the text names one ("talks with the US
 *     through Oman", "a truce mediated by Qatar")
 */
public record Event(
        String id,
        Party source,
        Optional<Party> target,
        Optional<Party> mediator,
        String cameo,
        Plover plover,
        double goldstein,
        int quadClass,
        Optional<LocalDate> date,
        Modality modality,
        TextSpan evidence,
        Optional<String> quote,
        double confidence) {

    public enum Modality { ASSERTED, NEGATED, CONDITIONAL, INTENDED, ALLEGED }

    /** An event participant: the actor's id and name, and its CAMEO-style code. */
    public record Party(Optional<String> actor, String name, Optional<String> code) {
        public Party {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(code, "code");
        }
    }

    /** PLOVER event type (2021 names) and mode. */
    public record Plover(String type, Optional<String> mode) {
        public Plover {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(mode, "mode");
        }
    }

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(mediator, "mediator");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(plover, "plover");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(quote, "quote");
    }
}
