package org.wirescope.store;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Store#actors} looks for. Every filter is optional and case-insensitive; the actors
 * returned match all the filters given.
 *
 * <pre>{@code
 * store.actors(ActorQuery.all(20, 0).withType("PERSON").withCountry("IRN"));
 * }</pre>
 *
 * @param name    part of the actor's name
 * @param type    the actor type exactly ({@code PERSON}, {@code MEDIA}, …)
 * @param country the ISO 3166 alpha-3 country code exactly ({@code IRN})
 * @param limit   at most this many rows, {@code >= 0}
 * @param offset  rows skipped first, {@code >= 0}
 */
public record ActorQuery(Optional<String> name, Optional<String> type, Optional<String> country, int limit, int offset) {

    public ActorQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(country, "country");
        if (limit < 0) throw new IllegalArgumentException("limit must be >= 0, was " + limit);
        if (offset < 0) throw new IllegalArgumentException("offset must be >= 0, was " + offset);
    }

    /** Every actor, a page at a time. */
    public static ActorQuery all(int limit, int offset) {
        return new ActorQuery(Optional.empty(), Optional.empty(), Optional.empty(), limit, offset);
    }

    public ActorQuery withName(String part) {
        return new ActorQuery(Optional.of(part), type, country, limit, offset);
    }

    public ActorQuery withType(String actorType) {
        return new ActorQuery(name, Optional.of(actorType), country, limit, offset);
    }

    public ActorQuery withCountry(String iso3) {
        return new ActorQuery(name, type, Optional.of(iso3), limit, offset);
    }
}
