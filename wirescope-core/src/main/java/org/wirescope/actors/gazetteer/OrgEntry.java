package org.wirescope.actors.gazetteer;

import java.util.List;
import java.util.Objects;

/**
 * An intergovernmental or international non-governmental organisation.
 *
 * @param code CAMEO-style actor code ({@code IGOUNO}, {@code IGOWSTNAT}, {@code NGOHRIAMN})
 * @param name canonical name
 * @param type IGO or NGO
 * @param aliases acronyms and other names
 */
public record OrgEntry(String code, String name, Type type, List<String> aliases) {

    /** Intergovernmental or non-governmental. */
    public enum Type { IGO, NGO }

    public OrgEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
    }

    /** The sector an organisation gives an actor: {@code IGO} or {@code NGO}. */
    public String sector() {
        return type.name();
    }
}
