package org.wirescope.actors;

import java.util.List;

/**
 * What the actor stage found in one article: the actors, in order of first mention, and every mention of
 * them in text order.
 */
public record Resolution(List<org.wirescope.model.Actor> actors, List<ActorMention> mentions) {

    public Resolution {
        actors = List.copyOf(actors);
        mentions = List.copyOf(mentions);
    }
}
