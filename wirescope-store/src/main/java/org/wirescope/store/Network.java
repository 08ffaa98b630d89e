package org.wirescope.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who did what to whom, as a graph: actors (by their key across articles) as nodes, and for each
 * ordered pair of actors with events from one to the other, an edge weighted by the number of events
 * and signed by their Goldstein scores. Found by {@link Store#network}.
 *
 * @param nodes the actors at either end of an edge, the most active first
 * @param edges the heaviest edges, the most events first
 */
public record Network(List<Node> nodes, List<Edge> edges) {

    public Network {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * One actor.
     *
     * @param asSource the events, over the days asked for, with it as source (to any target)
     * @param asTarget the events with it as target
     */
    public record Node(String key, String name, String type, Optional<String> country, long asSource, long asTarget) {
        public Node {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(country, "country");
        }
    }

    /**
     * The events from one actor to another.
     *
     * @param events    how many (the weight)
     * @param goldstein the sum of their Goldstein scores (its sign is the edge's)
     * @param conflict  how many are conflict (quad classes 3 and 4)
     */
    public record Edge(String source, String target, long events, double goldstein, long conflict) {
        public Edge {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
        }

        /** The mean Goldstein score of the events. */
        public double meanGoldstein() {
            return events == 0 ? 0 : goldstein / events;
        }
    }
}
