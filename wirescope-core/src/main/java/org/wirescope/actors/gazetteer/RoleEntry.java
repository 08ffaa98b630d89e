package org.wirescope.actors.gazetteer;

import java.util.List;
import java.util.Objects;

/**
 * A role or agent word and the sector it gives an actor.
 *
 * @param term the term as written in the gazetteer ("foreign minister", "General")
 * @param sector CAMEO-style sector code, three letters or several run together ({@code GOV}, {@code GOVBUS})
 * @param kind how the term describes its bearer
 * @param plurals plural forms the gazetteer also recognises
 */
public record RoleEntry(String term, String sector, Kind kind, List<String> plurals) {

    /** How a role term describes its bearer. */
    public enum Kind {
        /** A title for the head of a state, government, movement or armed force: "President", "Supreme Leader". */
        LEADER,
        /** Another title that marks a person's role and may stand before a name: "Foreign Minister". */
        TITLE,
        /** A noun for a person in the role that is not used as a title: "soldier", "protester". */
        PERSON,
        /** A collective or an institution: "government", "army", "parliament". */
        GROUP
    }

    public RoleEntry {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(kind, "kind");
        plurals = List.copyOf(plurals);
    }

    /** Whether the term describes one person (a leader, a title or a person noun) rather than a group. */
    public boolean marksPerson() {
        return kind != Kind.GROUP;
    }
}
