package org.wirescope.actors.gazetteer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A world region ("Middle East") or a place whose name holds a country's name without being that
 * country ("New Jersey", "North Pole").
 *
 * @param code CAMEO-style region code ({@code MEA}), the ISO 3166-1 alpha-3 code of the country a
 *     sub-national place lies in, or empty for a name kept only so it is not read as a country
 * @param name canonical name
 * @param aliases other names and adjectives
 */
public record RegionEntry(Optional<String> code, String name, List<String> aliases) {

    public RegionEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
    }
}
