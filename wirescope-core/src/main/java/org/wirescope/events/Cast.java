package org.wirescope.events;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.wirescope.actors.Counts;
import org.wirescope.model.Actor;
import org.wirescope.model.Annotated;
import org.wirescope.model.Event;
import org.wirescope.model.TextSpan;

/** The actors of one article, indexed by the tokens their mentions cover. Built per article. */
final class Cast {

    /** One mention: the actor and the tokens {@code [first, last]} it covers. */
    record Placed(Actor actor, TextSpan span, int first, int last) {
        int length() {
            return span.end() - span.start();
        }
    }

    private final List<Placed> placed;
    private final Set<String> countryCodes;
    private final Optional<String> contextCountry;

    Cast(Annotated doc, List<Actor> actors, Set<String> countryCodes) {
        this.countryCodes = countryCodes;
        List<Placed> out = new ArrayList<>();
        if (!doc.tokens().isEmpty()) {
            for (Actor a : actors) {
                if (a.type() == Actor.Type.LOCATION && a.code().isEmpty() && a.country().isEmpty()) continue; // a place, not a party
                for (TextSpan m : a.mentions()) {
                    if (m.end() > doc.text().length() || m.end() <= m.start()) continue;
                    int first = doc.tokenAt(m.start());
                    int last = doc.tokenAt(m.end() - 1);
                    out.add(new Placed(a, m, first, last));
                }
            }
        }
        out.sort(Comparator.comparingInt((Placed p) -> p.span().start()).thenComparingInt(p -> -p.length()));
        this.placed = List.copyOf(out);
        this.contextCountry = mostMentioned(out);
    }

    /**
     * The country the article is about: the country of the actors mentioned most (countries, their
     * people, and persons, groups and organisations of a country), when it has at least half of the
     * mentions that have a country. Empty when several countries share the article.
     */
    Optional<String> contextCountry() {
        return contextCountry;
    }

    /** Whether {@code code} is a country's ISO code (not an IGO, NGO, region or group code). */
    boolean isCountry(String code) {
        return countryCodes.contains(code);
    }

    private Optional<String> mostMentioned(List<Placed> mentions) {
        Map<String, Integer> counts = new HashMap<>();
        for (Placed p : mentions) {
            country(p.actor()).filter(countryCodes::contains).ifPresent(c -> counts.merge(c, 1, Integer::sum));
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        return Counts.leader(counts).filter(best -> 2 * best.getValue() >= total).map(Map.Entry::getKey);
    }

    /**
     * The actors mentioned within {@code tokens} (token indexes): a mention counts when every token it
     * covers is one of them; a mention inside a longer counted mention gives way to it. In text order,
     * each actor once.
     */
    List<Placed> within(Collection<Integer> tokens) {
        Set<Integer> in = tokens instanceof Set<Integer> s ? s : new HashSet<>(tokens);
        List<Placed> found = new ArrayList<>();
        for (Placed p : placed) {
            boolean all = true;
            for (int i = p.first(); i <= p.last() && all; i++) all = in.contains(i);
            if (!all) continue;
            boolean covered = false;
            for (Placed q : found) {
                if (q.span().start() <= p.span().start() && p.span().end() <= q.span().end()) covered = true;
            }
            if (!covered) found.add(p);
        }
        List<Placed> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Placed p : found) if (seen.add(p.actor().id())) out.add(p);
        return out;
    }

    /** Mentions starting in token range {@code [from, to)}, in text order. */
    List<Placed> between(int from, int to) {
        List<Placed> out = new ArrayList<>();
        for (Placed p : placed) if (p.first() >= from && p.last() < to) out.add(p);
        return out;
    }

    /** A party named in the text that no actor stands for: no id, and no code until {@link Parties} gives one. */
    static Placed unnamed(String name, int first, int last, TextSpan span) {
        Actor a = new Actor("", name.isBlank() ? "unknown" : name, Actor.Type.GROUP, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of());
        return new Placed(a, span, first, last);
    }

    /** The party an actor plays in an event: its id, name and CAMEO code (its country when it has no code). */
    static Event.Party party(Actor a) {
        if (a.id().isEmpty()) return new Event.Party(Optional.empty(), a.name(), a.code());
        Optional<String> code = a.code().isPresent() ? a.code() : a.country();
        return new Event.Party(Optional.of(a.id()), a.name(), code);
    }

    /** The country part of an actor's code ({@code IRN} of {@code IRNGOV}), empty when it has none. */
    static Optional<String> country(Actor a) {
        if (a.country().isPresent()) return a.country();
        return a.code().filter(c -> c.length() >= 3).map(c -> c.substring(0, 3));
    }
}
