package org.wirescope.actors.gazetteer;

import java.util.Objects;
import java.util.Optional;

/**
 * One form in the index and what it names.
 *
 * @param form the compiled form
 * @param kind what the form names
 * @param code the code a match reports (empty for a region kept only to block a country reading)
 * @param sector the sector a match reports, if any
 * @param secondary whether the gazetteer marks this reading ambiguous ({@code ~})
 * @param payload the entry named: {@link CountryEntry}, {@link Metonym}, {@link OrgEntry},
 *     {@link MediaEntry}, {@link RoleEntry}, {@link ContextForm}, {@link RegionEntry}, or the media head term
 * @param order position in load order; earlier wins ties
 */
record Entry(Form form, Match.Kind kind, String code, Optional<String> sector, boolean secondary, Object payload, int order) {

    Entry {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(payload, "payload");
    }

    /** Lower is preferred when several kinds read the same span. */
    int priority() {
        return switch (kind) {
            case COUNTRY -> 0;
            case DEMONYM -> 1;
            case PEOPLE -> 2;
            case ORGANIZATION -> 3;
            case MEDIA -> 4;
            case METONYM -> 5;
            case REGION -> 6;
            case CONTEXT_FORM -> 7;
            case MEDIA_HEAD -> 8;
            case ROLE -> 9;
        };
    }

    /** Whether a match on this entry is reported (regions without a code only block other readings). */
    boolean reported() {
        return !code.isEmpty();
    }
}
