package org.wirescope.app.eval;

import java.util.Set;

/**
 * One event of gold or of the system, as the event scorer compares them: source and target countries
 * (three-letter prefixes of the actor codes, several for a compound actor) and the PLOVER type.
 */
record GoldEvent(Set<String> sources, Set<String> targets, String plover) {

    GoldEvent {
        sources = Set.copyOf(sources);
        targets = Set.copyOf(targets);
    }
}
