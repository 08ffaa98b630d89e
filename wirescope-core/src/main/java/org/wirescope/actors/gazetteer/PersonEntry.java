package org.wirescope.actors.gazetteer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A well-known political figure, so that the actor stage can code a person the article gives no
 * country ("President Bush", "Putin").
 *
 * @param name the full name
 * @param country ISO 3166-1 alpha-3 code of the country the person acts for; empty for a person of an
 *     organisation without a home (a UN Secretary-General)
 * @param sector the person's CAMEO sector ({@code GOV}, {@code REB}, {@code IGO} …)
 * @param code the person's CAMEO-style code: country and sector ({@code RUSGOV}), or the code of the
 *     organisation the person acts for ({@code IGOUNO}, {@code PSEREBHMS})
 * @param aliases other spellings and, where no listed person of another country shares it, the bare
 *     family name
 */
public record PersonEntry(String name, Optional<String> country, String sector, String code, List<String> aliases) {

    public PersonEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(code, "code");
        aliases = List.copyOf(aliases);
    }
}
