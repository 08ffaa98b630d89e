package org.wirescope.actors;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The actors of one article under construction, and which of them each mention belongs to. */
final class Clusters {

    private final List<Cluster> clusters = new ArrayList<>();
    private final Map<Mention, Cluster> owner = new IdentityHashMap<>();

    Cluster create(Mention first) {
        Cluster c = new Cluster(first);
        clusters.add(c);
        owner.put(first, c);
        return c;
    }

    void add(Cluster c, Mention m) {
        c.add(m);
        owner.put(m, c);
    }

    /** Moves every mention of {@code from} into {@code into}; {@code from} disappears. */
    void merge(Cluster into, Cluster from) {
        if (into == from) return;
        into.absorb(from);
        for (Mention m : from.mentions()) owner.put(m, into);
        clusters.remove(from);
    }

    Optional<Cluster> of(Mention m) {
        return Optional.ofNullable(owner.get(m));
    }

    List<Cluster> all() {
        return clusters;
    }

    /** Every mention with its cluster, in text order. */
    List<Mention> mentionsInOrder() {
        List<Mention> out = new ArrayList<>(owner.keySet());
        out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
        return out;
    }
}
