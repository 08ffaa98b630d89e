package org.wirescope.store;

import java.util.Objects;
import java.util.Optional;

/**
 * One actor across articles, found by {@link Store#actorListing}: every article's actor with the same
 * {@linkplain Store#actorProfile key}, counted together.
 *
 * @param key      the actor's key across articles ({@code oren-castell.nld})
 * @param name     the name it goes by most often
 * @param type     the type it has most often ({@code PERSON})
 * @param role     its most frequent role, when any is known
 * @param articles the number of articles it appears in
 * @param mentions the number of times it is mentioned
 * @param quotes   the number of quotes it is the resolved speaker of
 * @param events   the number of events it is the resolved source or target of
 */
public record ActorListing(String key, String name, String type, Optional<String> country, Optional<String> role,
                           long articles, long mentions, long quotes, long events) {

    public ActorListing {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(role, "role");
    }
}
