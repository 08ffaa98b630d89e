package org.wirescope.actors.gazetteer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A news outlet or agency.
 *
 * @param name canonical name ("Tasnim News Agency")
 * @param country ISO 3166-1 alpha-3 code of its home country; empty for a multinational outlet
 * @param ownership who runs it
 * @param aliases other names and abbreviations ("Tasnim", "KCNA")
 */
public record MediaEntry(String name, Optional<String> country, Ownership ownership, List<String> aliases) {

    /** Who runs an outlet. */
    public enum Ownership {
        /** Run or controlled by a state body (KCNA, IRNA, Xinhua, Tasnim). */
        STATE,
        /** Public-service and editorially independent (BBC, NHK, NPR). */
        PUBLIC,
        /** Privately owned. */
        PRIVATE
    }

    public MediaEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(ownership, "ownership");
        aliases = List.copyOf(aliases);
    }

    public boolean stateRun() {
        return ownership == Ownership.STATE;
    }

    /** The CAMEO-style actor code: country then {@code MED} ({@code IRNMED}), or {@code MED} alone. */
    public String code() {
        return country.map(c -> c + "MED").orElse("MED");
    }
}
