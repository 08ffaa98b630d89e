package org.wirescope.actors;

import java.util.Objects;
import java.util.Optional;

/**
 * A word or phrase that refers back to an actor named elsewhere: a pronoun, "the country", "the agency",
 * or a title such as "the president".
 *
 * @param mention where it stands (form PRONOUN, ANAPHOR or TITLE)
 * @param kind what it can refer to
 * @param term for titles, the role term ("president"); otherwise the pronoun or noun in lower case
 * @param country for titles with a country word ("the US president"), that country
 */
record Reference(Mention mention, Kind kind, String term, Optional<String> country) {

    /** What a reference can refer to. */
    enum Kind {
        /** he, him, his, she, her: a person. */
        PERSON_PRONOUN,
        /** it, its: an organisation, outlet or country. */
        THING_PRONOUN,
        /** they, them, their: a group or a people. */
        PLURAL_PRONOUN,
        /** the country, the nation: the most recent country. */
        COUNTRY_NOUN,
        /** the agency, the broadcaster, the news agency: the most recent outlet. */
        MEDIA_NOUN,
        /** the president, the foreign minister: the person holding that role in the article. */
        TITLE
    }

    Reference {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(country, "country");
    }

    /** Whether this is "it" rather than "its": a subject or object that often means a thing, not an actor. */
    boolean isBareIt() {
        return kind == Kind.THING_PRONOUN && !term.equals("its");
    }
}
