package org.wirescope.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Someone or something that speaks or acts in an article, with every place it is mentioned.
 *
 * @param id article-local id ({@code p1}, {@code m1}, {@code c1} …)
 * @param country ISO 3166 alpha-3 code, when known
 * @param sector CAMEO-style sector ({@code GOV}, {@code MIL}, {@code LEG}, {@code MED} …), when known
 * @param code CAMEO-style actor code: country then sector ({@code IRNLEG})
 */
public record Actor(
        String id,
        String name,
        Type type,
        Optional<String> country,
        Optional<String> sector,
        Optional<String> code,
        Optional<String> role,
        List<TextSpan> mentions) {

    public enum Type { PERSON, ORGANIZATION, MEDIA, COUNTRY, LOCATION, GROUP }

    /** The sectors of the state itself: government, legislature, judiciary, military, intelligence, police. */
    public static final Set<String> STATE_SECTORS = Set.of("GOV", "LEG", "JUD", "MIL", "SPY", "COP");

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(role, "role");
        mentions = List.copyOf(mentions);
    }
}
