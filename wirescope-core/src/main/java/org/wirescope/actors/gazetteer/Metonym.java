package org.wirescope.actors.gazetteer;

import java.util.Objects;

/**
 * A place or institution that stands for a state body: a capital ("Tehran" for Iran's government) or
 * another seat of power ("White House", "Pentagon", "Capitol Hill").
 *
 * @param surface the form as written in the gazetteer
 * @param country ISO 3166-1 alpha-3 code of the state
 * @param sector the sector the metonym gives: {@code GOV} for capitals and most seats, {@code MIL} for
 *     "Pentagon", {@code LEG} for "Knesset", {@code SPY} for "Mossad"
 * @param kind capital or other seat
 */
public record Metonym(String surface, String country, String sector, Kind kind) {

    /** Whether the metonym is a capital or another seat of power. */
    public enum Kind { CAPITAL, SEAT }

    public Metonym {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(kind, "kind");
    }

    /** The CAMEO-style actor code: country then sector ({@code IRNGOV}, {@code USAMIL}). */
    public String code() {
        return country + sector;
    }
}
