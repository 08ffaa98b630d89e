package org.wirescope.actors;

import java.util.List;
import java.util.Objects;
import org.wirescope.actors.gazetteer.Gazetteer;
import org.wirescope.model.Actor;
import org.wirescope.model.Annotated;

/**
 * The actor stage: finds who and what an annotated article mentions — people, organisations, news
 * outlets, countries, places and codable groups — ties every mention to its actor, and gives each
 * actor a canonical name, a role, a country, a sector and a CAMEO-style code.
 *
 * <pre>{@code
 * ActorStage actors = ActorStage.create();                  // the bundled gazetteer
 * List<Actor> found = actors.resolve(annotated);            // from any number of threads
 * for (Actor a : found) {
 *     System.out.println(a.id() + " " + a.name() + " " + a.type() + " " + a.code().orElse("-"));
 * }
 * // p1 Mohammad Bagher Ghalibaf PERSON IRNLEG
 * // c1 Iran COUNTRY IRN
 * // m1 Tasnim MEDIA IRNMED
 * }</pre>
 *
 * <p>Ids are {@code p1…} for persons, {@code o1…} organisations, {@code m1…} media, {@code c1…}
 * countries, {@code l1…} locations and {@code g1…} groups, numbered in order of first mention. Every
 * mention is a span of the article text that round-trips. The rules each step follows are described in
 * the package documentation. Thread-safe: the stage holds only the immutable gazetteer.
 */
public final class ActorStage {

    private final Gazetteer gazetteer;

    private ActorStage(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A stage reading names with {@code gazetteer}. */
    public static ActorStage create(Gazetteer gazetteer) {
        return new ActorStage(Objects.requireNonNull(gazetteer, "gazetteer"));
    }

    /** A stage reading names with the bundled gazetteer. */
    public static ActorStage create() {
        return create(Gazetteer.standard());
    }

    /** The actors of {@code doc}, in order of first mention. */
    public List<Actor> resolve(Annotated doc) {
        return analyse(doc).actors();
    }

    /** The actors of {@code doc} and every mention of them, with how each mention refers to its actor. */
    public Resolution analyse(Annotated doc) {
        Objects.requireNonNull(doc, "doc");
        return new Resolver(gazetteer, doc).run();
    }
}
