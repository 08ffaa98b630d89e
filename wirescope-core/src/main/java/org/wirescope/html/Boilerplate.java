package org.wirescope.html;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;

/**
 * Which elements never hold article text: page furniture by tag (navigation, forms, scripts), hidden
 * elements, and elements whose class, id or role names navigation, sharing, related links, comments,
 * cookie banners, subscription prompts, advertising, footers, sidebars, breadcrumbs or newsletters.
 */
final class Boilerplate {

    private static final NameSet FURNITURE_TAGS = NameSet.of("script", "style", "nav", "header", "footer", "aside", "form",
            "noscript", "iframe", "svg", "button", "select", "input", "textarea", "template", "menu", "dialog", "object",
            "embed", "canvas", "video", "audio", "map", "link", "meta", "figure", "picture");
    /** Furniture tags some sites use as plain section wrappers; the lenient pass keeps them. */
    private static final NameSet LAYOUT_TAGS = NameSet.of("header", "footer", "aside", "form");
    private static final NameSet NEVER_BY_NAME = NameSet.of("html", "body", "main", "article");
    private static final Set<String> WORDS = Set.of("nav", "navbar", "navigation", "menu", "share", "shares", "sharing",
            "social", "related", "comment", "comments", "cookie", "cookies", "consent", "gdpr", "subscribe", "subscription",
            "promo", "promotion", "promoted", "ad", "ads", "advert", "adverts", "advertisement", "advertising", "sponsored",
            "footer", "sidebar", "breadcrumb", "breadcrumbs", "newsletter", "popup", "modal", "masthead", "toolbar",
            "pagination", "pager", "recommended", "recommendations", "trending", "popular", "outbrain", "taboola",
            "disqus", "signup", "login", "tags", "tagcloud", "skip", "visually", "sr", "screenreader",
            "byline", "dateline");
    private static final String[] PREFIXES = {"navig", "menu", "share", "social", "related", "cookie", "subscri", "promo",
        "advert", "footer", "sidebar", "breadcrumb", "newsletter", "recommend", "taboola", "outbrain", "sharing"};
    private static final FurnitureNames NAMES = FurnitureNames.of(WORDS, List.of(PREFIXES));
    private static final NameSet ROLES = NameSet.of("navigation", "banner", "contentinfo", "complementary", "menu",
            "menubar", "search", "dialog", "alert");

    private Boilerplate() {}

    /** Furniture by tag that never holds article text, or hidden by its style; {@code attributes} as {@link Attrs#of}. */
    static boolean hard(String tag, Attributes attributes) {
        if (FURNITURE_TAGS.contains(tag) && !LAYOUT_TAGS.contains(tag)) return true;
        if (attributes == null) return false;
        // the hidden attribute is not trusted: streaming-rendered pages park their whole content in hidden divisions
        String style = attributes.get("style");
        return !style.isEmpty() && hidden(style);
    }

    /**
     * Probably furniture: a header, footer, aside or form, or (in the strict pass) an element whose class,
     * id or role names furniture. Such an element is left out unless it holds most of the page's text.
     * {@code names} remembers the verdict on each class list or id within one page (they repeat a lot).
     */
    static boolean soft(Element e, String tag, Attributes attributes, boolean strict, Map<String, Boolean> names) {
        if (!strict) return false;
        if (LAYOUT_TAGS.contains(tag)) {
            // some sites wrap the whole page in one form
            return !(tag.equals("form") && e.parent() != null && e.parent().normalName().equals("body"));
        }
        if (attributes == null || NEVER_BY_NAME.contains(tag)) return false;
        String role = attributes.get("role");
        if (!role.isEmpty() && ROLES.contains(role)) return true;
        String cls = attributes.get("class");
        if (!cls.isEmpty() && names.computeIfAbsent(cls, Boilerplate::names)) return true;
        String id = attributes.get("id");
        return !id.isEmpty() && names.computeIfAbsent(id, Boilerplate::names);
    }

    /** Whether the style, lower-cased and with its spaces taken out, holds "display:none" or "visibility:hidden". */
    private static boolean hidden(String style) {
        for (int colon = style.indexOf(':'); colon >= 0; colon = style.indexOf(':', colon + 1)) {
            if (endsBefore(style, colon, "display") && startsAfter(style, colon, "none")
                    || endsBefore(style, colon, "visibility") && startsAfter(style, colon, "hidden")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the characters before {@code at}, spaces left out and lower-cased, end with {@code word}. */
    private static boolean endsBefore(String s, int at, String word) {
        int k = word.length();
        for (int i = at - 1; i >= 0 && k > 0; i--) {
            char c = s.charAt(i);
            if (c != ' ' && Character.toLowerCase(c) != word.charAt(--k)) return false;
        }
        return k == 0;
    }

    /** Whether the characters after {@code at}, spaces left out and lower-cased, start with {@code word}. */
    private static boolean startsAfter(String s, int at, String word) {
        int k = 0;
        for (int i = at + 1; i < s.length() && k < word.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && Character.toLowerCase(c) != word.charAt(k++)) return false;
        }
        return k == word.length();
    }

    /** True when a class list or id names furniture; layout flags such as {@code has-sidebar} do not count. */
    static boolean names(String value) {
        return NAMES.names(value);
    }
}
