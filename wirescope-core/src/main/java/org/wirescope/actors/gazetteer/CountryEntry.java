package org.wirescope.actors.gazetteer;

import java.util.List;
import java.util.Objects;

/**
 * A sovereign state or territory with every form the gazetteer knows for it.
 *
 * @param code ISO 3166-1 alpha-3 code ({@code XKX} for Kosovo)
 * @param name canonical English name
 * @param aliases other names and short forms ("US", "America", "Republic of Korea")
 * @param demonyms adjectives and singular nouns for its people ("Iranian", "Briton")
 * @param people plural forms for its people ("Iranians", "Swiss")
 * @param metonyms capitals and seats of power that stand for its state bodies
 */
public record CountryEntry(String code, String name, List<String> aliases, List<String> demonyms, List<String> people,
        List<Metonym> metonyms) {

    public CountryEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
        people = List.copyOf(people);
        metonyms = List.copyOf(metonyms);
    }

    /** The capitals among the metonyms. */
    public List<Metonym> capitals() {
        return metonyms.stream().filter(m -> m.kind() == Metonym.Kind.CAPITAL).toList();
    }
}
