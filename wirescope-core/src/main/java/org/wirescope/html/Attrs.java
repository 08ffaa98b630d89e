package org.wirescope.html;

import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;

/**
 * Attribute reads in the walks over a page: an element's attribute list is fetched once, and keys are
 * matched exactly, in lower case, as jsoup's HTML parser writes them (its case-insensitive lookups cost a
 * lower-casing comparison per key, on every element of every walk).
 */
final class Attrs {

    private Attrs() {}

    /** The element's attributes, or null when it has none (without giving it an empty list). */
    static Attributes of(Element e) {
        return e.attributesSize() == 0 ? null : e.attributes();
    }

    /** The value of {@code key} (lower case), or "" when the element has no such attribute. */
    static String get(Attributes attributes, String key) {
        return attributes == null ? "" : attributes.get(key);
    }
}
