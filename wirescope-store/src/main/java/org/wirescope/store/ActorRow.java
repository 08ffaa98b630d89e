package org.wirescope.store;

import java.util.Objects;
import java.util.Optional;

/**
 * One actor found by {@link Store#actors}: every article's actor with the same name, type and
 * country, counted together.
 *
 * @param articles the number of articles it appears in
 * @param mentions the number of times it is mentioned, over all those articles
 * @param quotes   the number of quotes it is the resolved speaker of
 * @param role     its most frequent role (of equally frequent ones, the alphabetically first, ignoring case), when any is known
 */
public record ActorRow(
        String name,
        String type,
        Optional<String> country,
        Optional<String> role,
        long articles,
        long mentions,
        long quotes) {

    public ActorRow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(role, "role");
    }
}
