package org.wirescope.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One actor across articles, as {@link Store#actorProfile} describes it.
 *
 * @param key            the actor's key across articles
 * @param name           the name it goes by most often
 * @param type           the type it has most often
 * @param country        its ISO 3166 alpha-3 country code, when known (part of the key)
 * @param names          every spelling of its name, the most frequent first, with the articles using it
 * @param roles          its roles, the most frequent first, with the articles giving them
 * @param codes          its CAMEO-style actor codes, the most frequent first, with the articles giving them
 * @param articles       the number of articles it appears in
 * @param mentions       the number of times it is mentioned
 * @param quotes         the number of quotes it is the resolved speaker of
 * @param eventsAsSource the number of events it is the resolved source of
 * @param eventsAsTarget the number of events it is the resolved target of
 * @param timeline       the same counts per period, the earliest first; articles and events on no known day are left out
 */
public record ActorProfile(String key, String name, String type, Optional<String> country, List<Tally> names,
                           List<Tally> roles, List<Tally> codes, long articles, long mentions, long quotes,
                           long eventsAsSource, long eventsAsTarget, List<Period> timeline) {

    public ActorProfile {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(country, "country");
        names = List.copyOf(names);
        roles = List.copyOf(roles);
        codes = List.copyOf(codes);
        timeline = List.copyOf(timeline);
    }

    /** A value and the number of articles it occurs in. */
    public record Tally(String value, long articles) {
        public Tally {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * What the actor did in one period.
     *
     * @param period the first day of the period
     * @param articles the articles published in it that mention the actor
     * @param quotes the quotes of the actor in those articles
     * @param eventsAsSource the events on a day of the period with the actor as source
     * @param eventsAsTarget the events on a day of the period with the actor as target
     */
    public record Period(LocalDate period, long articles, long quotes, long eventsAsSource, long eventsAsTarget) {
        public Period {
            Objects.requireNonNull(period, "period");
        }
    }
}
