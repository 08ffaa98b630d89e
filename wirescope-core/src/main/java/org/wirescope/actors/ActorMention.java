package org.wirescope.actors;

import java.util.Objects;
import java.util.Optional;
import org.wirescope.model.TextSpan;

/**
 * One place an actor is mentioned, with how the text refers to it. The {@link org.wirescope.model.Actor}
 * record keeps only the spans; this keeps what later stages may want to know about each of them, such as
 * the sector a metonym gives ("Washington" is the United States' government, {@code GOV}; "Pentagon" its
 * military, {@code MIL}).
 *
 * @param actor the id of the actor mentioned ({@code p1}, {@code c2} …)
 * @param span where, with its text
 * @param form how the text refers to the actor
 * @param sector the sector this mention gives the actor, when it gives one
 */
public record ActorMention(String actor, TextSpan span, Form form, Optional<String> sector) {

    /** How a mention refers to its actor. */
    public enum Form {
        /** A proper name or its acronym: "Kim Jong Un", "Kim", "KCNA", "Iran". */
        NAME,
        /** A demonym used as an adjective or singular noun: "Iranian", "North Korean". */
        DEMONYM,
        /** A people form standing for the country: "the Americans", "Iranians". */
        PEOPLE,
        /** A capital or seat of power standing for a state body: "Washington", "Tehran", "Kremlin". */
        METONYM,
        /** A short form that needs a companion in the article: "the North", "the South". */
        CONTEXT,
        /** A description naming an actor without a name: "state media", "Iranian officials". */
        DESCRIPTION,
        /** A definite title referring to its holder: "the president". */
        TITLE,
        /** A personal or possessive pronoun: "He", "its". */
        PRONOUN,
        /** A definite noun phrase referring back: "the country", "the agency". */
        ANAPHOR
    }

    public ActorMention {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(sector, "sector");
    }
}
