package org.wirescope.store;

/**
 * The key that names one actor across articles: the actor's name folded to lower-case ASCII words
 * joined by {@code -}, then {@code .} and the ISO country code when one is known
 * ({@code mohammad-bagher-ghalibaf.irn}, {@code radio-larkspur}). Two articles' actors with the same
 * name up to case, accents and punctuation, in the same country, have the same key; the key of a
 * name with no Latin letter or digit is {@code n} and ten hex digits of the MD5 of its lower-case
 * form. The key is computed in SQL only, by the macro {@code actor_key} of migration 3, so that every
 * query agrees on it.
 */
final class ActorKeys {

    private ActorKeys() {
    }

    /** The key, as an SQL expression, of the actor with the name and country given by two SQL expressions. */
    static String of(String name, String country) {
        return "actor_key(" + name + ", " + country + ")";
    }

    /**
     * A condition that holds for the actor of that name and country when its key is the one whose
     * {@link #parameters} are bound to it. The key is computed once per distinct name in the key's
     * country, not once per row.
     */
    static String matches(String name, String country) {
        return "(coalesce(lower(" + country + "), '') = ? AND " + name + " IN (SELECT k.name FROM "
                + "(SELECT DISTINCT name, country FROM actors WHERE coalesce(lower(country), '') = ?) k "
                + "WHERE " + of("k.name", "k.country") + " = ?))";
    }

    /** The values to bind, in order, to the parameters of {@link #matches} for {@code key}. */
    static String[] parameters(String key) {
        return new String[] {country(key), country(key), key};
    }

    /** The lower-case country code at the end of {@code key}, or {@code ""} when the key names none. */
    static String country(String key) {
        int dot = key.lastIndexOf('.');
        return dot < 0 ? "" : key.substring(dot + 1);
    }

    /** Whether {@code key} has the form of a key, so that a malformed one need not be looked up. */
    static boolean wellFormed(String key) {
        return key.length() <= 300 && key.matches("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+)?");
    }
}
