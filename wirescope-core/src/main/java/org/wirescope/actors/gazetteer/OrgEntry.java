package org.wirescope.actors.gazetteer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An organisation the gazetteer names: an intergovernmental or international non-governmental
 * organisation, or a non-state group with a home — an armed group, party, movement, union or company.
 *
 * @param code CAMEO-style actor code ({@code IGOUNO}, {@code NGOHRIAMN}, {@code PSEREBHMS})
 * @param name canonical name
 * @param type IGO, NGO or GROUP
 * @param country a group's home country (ISO 3166-1 alpha-3); empty for IGOs, NGOs and groups without
 *     one home ({@code IMG…}, {@code MNC…})
 * @param sector the sector it gives an actor: {@code IGO} or {@code NGO}, or a group's own ({@code REB},
 *     {@code PTY}, {@code BUS} …)
 * @param aliases acronyms and other names
 */
public record OrgEntry(String code, String name, Type type, Optional<String> country, String sector, List<String> aliases) {

    /** Intergovernmental, non-governmental, or a non-state group with a home. */
    public enum Type { IGO, NGO, GROUP }

    public OrgEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(sector, "sector");
        aliases = List.copyOf(aliases);
    }

    /** An IGO or NGO: no country, and its type as its sector. */
    public OrgEntry(String code, String name, Type type, List<String> aliases) {
        this(code, name, type, Optional.empty(), type.name(), aliases);
    }
}
