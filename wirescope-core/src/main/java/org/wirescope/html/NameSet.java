package org.wirescope.html;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A small fixed set of tag or attribute names, looked up for every element of a walk over a page.
 * Backed by a {@link HashSet}, whose lookup masks the hash where {@code Set.of}'s divides by the table
 * size: a division per lookup, several lookups per element. Immutable.
 */
final class NameSet {

    private final Set<String> names;

    private NameSet(Set<String> names) {
        this.names = names;
    }

    static NameSet of(String... names) {
        return new NameSet(new HashSet<>(List.of(names)));
    }

    boolean contains(String name) {
        return names.contains(name);
    }
}
