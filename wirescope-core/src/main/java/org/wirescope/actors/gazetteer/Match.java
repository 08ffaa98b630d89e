package org.wirescope.actors.gazetteer;

import java.util.Objects;
import java.util.Optional;

/**
 * One gazetteer form found in a text by {@link Gazetteer#findAll(String)}.
 *
 * <pre>{@code
 * Match m = Gazetteer.standard().findAll("Officials in Tehran said").get(0);
 * // m.surface() "Tehran", m.kind() METONYM, m.code() "IRN", m.sector() Optional[GOV]
 * }</pre>
 *
 * @param start offset of the first character in the text
 * @param end offset after the last character: {@code text.substring(start, end).equals(surface)}
 * @param surface the characters as they stand in the text
 * @param kind what the form names
 * @param code ISO 3166-1 alpha-3 code for countries, demonyms, metonyms and context forms; CAMEO-style
 *     code for organisations ({@code IGOUNO}), media ({@code IRNMED}, {@code MED} when international),
 *     regions ({@code MEA}); the sector itself for roles and media heads
 * @param sector the CAMEO sector the form gives an actor, when it gives one ({@code GOV} for
 *     "Tehran", {@code MIL} for "Pentagon", {@code IGO}, {@code MED}, {@code LEG} for "lawmakers")
 * @param ambiguous whether the form has other readings: it is marked ambiguous in the gazetteer
 *     ("Congo", "Brussels") or another reading of the same kind has another code
 */
public record Match(int start, int end, String surface, Kind kind, String code, Optional<String> sector, boolean ambiguous) {

    /** What a matched form names. */
    public enum Kind {
        /** A country's name or alias: "Iran", "the United States", "DPRK". */
        COUNTRY,
        /** A demonym or adjective: "Iranian", "South Korean", "Briton". */
        DEMONYM,
        /** A plural people form: "Iranians", "Swiss". */
        PEOPLE,
        /** A capital or seat of power that stands for a state body: "Tehran", "Kremlin", "Pentagon". */
        METONYM,
        /** A short form resolved by the countries the text mentions: "the North" → PRK. */
        CONTEXT_FORM,
        /** An intergovernmental or non-governmental organisation: "UN", "Red Cross". */
        ORGANIZATION,
        /** A named news outlet or agency: "Tasnim", "KCNA". */
        MEDIA,
        /** A generic description of an outlet: "news agency", "state TV". */
        MEDIA_HEAD,
        /** A world region or a place inside a country: "Middle East", "New Jersey". */
        REGION,
        /** A role or agent word: "Foreign Minister", "troops", "lawmakers". */
        ROLE
    }

    public Match {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(sector, "sector");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span must satisfy 0 <= start <= end, was " + start + ".." + end);
        }
    }
}
