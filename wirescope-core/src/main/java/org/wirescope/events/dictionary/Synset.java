package org.wirescope.events.dictionary;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A synonym set of the verb dictionary, {@code &NAME} followed by {@code +member} lines.
 *
 * @param name the label with its {@code &}, without a trailing {@code _}
 * @param members the phrases as listed, upper case, {@code _} turned into a space
 * @param singularOnly members that take no generated plural (written with a trailing {@code _}, or
 *     all members when the label ends with {@code _})
 * @param line the line number of the label
 */
public record Synset(String name, List<String> members, Set<String> singularOnly, int line) {

    public Synset {
        Objects.requireNonNull(name, "name");
        members = List.copyOf(members);
        singularOnly = Set.copyOf(singularOnly);
    }

    /** The members with their regular plurals, the expansion a coder matches against. */
    public List<String> forms() {
        Set<String> out = new LinkedHashSet<>();
        for (String m : members) {
            out.add(m);
            if (!singularOnly.contains(m)) out.add(Phrases.plural(m));
        }
        return List.copyOf(out);
    }
}
