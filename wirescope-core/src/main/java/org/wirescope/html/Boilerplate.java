package org.wirescope.html;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Which elements never hold article text: page furniture by tag (navigation, forms, scripts), hidden
 * elements, and elements whose class, id or role names navigation, sharing, related links, comments,
 * cookie banners, subscription prompts, advertising, footers, sidebars, breadcrumbs or newsletters.
 */
final class Boilerplate {

    private static final Set<String> FURNITURE_TAGS = Set.of("script", "style", "nav", "header", "footer", "aside", "form",
            "noscript", "iframe", "svg", "button", "select", "input", "textarea", "template", "menu", "dialog", "object",
            "embed", "canvas", "video", "audio", "map", "link", "meta", "figure", "picture");
    /** Furniture tags some sites use as plain section wrappers; the lenient pass keeps them. */
    private static final Set<String> LAYOUT_TAGS = Set.of("header", "footer", "aside", "form");
    private static final Set<String> NEVER_BY_NAME = Set.of("html", "body", "main", "article");
    private static final Set<String> WORDS = Set.of("nav", "navbar", "navigation", "menu", "share", "shares", "sharing",
            "social", "related", "comment", "comments", "cookie", "cookies", "consent", "gdpr", "subscribe", "subscription",
            "promo", "promotion", "promoted", "ad", "ads", "advert", "adverts", "advertisement", "advertising", "sponsored",
            "footer", "sidebar", "breadcrumb", "breadcrumbs", "newsletter", "popup", "modal", "masthead", "toolbar",
            "pagination", "pager", "recommended", "recommendations", "trending", "popular", "outbrain", "taboola",
            "disqus", "signup", "login", "tags", "tagcloud", "skip", "visually", "sr", "screenreader",
            "byline", "dateline");
    private static final String[] PREFIXES = {"navig", "menu", "share", "social", "related", "cookie", "subscri", "promo",
        "advert", "footer", "sidebar", "breadcrumb", "newsletter", "recommend", "taboola", "outbrain", "sharing"};
    private static final Set<String> ROLES = Set.of("navigation", "banner", "contentinfo", "complementary", "menu",
            "menubar", "search", "dialog", "alert");

    private Boilerplate() {}

    /** Furniture by tag that never holds article text, or hidden by its style. */
    static boolean hard(Element e, String tag) {
        if (FURNITURE_TAGS.contains(tag) && !LAYOUT_TAGS.contains(tag)) return true;
        if (e.attributesSize() == 0) return false;
        // the hidden attribute is not trusted: streaming-rendered pages park their whole content in hidden divisions
        String style = e.attr("style");
        return !style.isEmpty() && hidden(style);
    }

    /**
     * Probably furniture: a header, footer, aside or form, or (in the strict pass) an element whose class,
     * id or role names furniture. Such an element is left out unless it holds most of the page's text.
     * {@code names} remembers the verdict on each class list or id within one page.
     */
    static boolean soft(Element e, String tag, boolean strict, Map<String, Boolean> names) {
        if (!strict) return false;
        if (LAYOUT_TAGS.contains(tag)) {
            // some sites wrap the whole page in one form
            return !(tag.equals("form") && e.parent() != null && e.parent().normalName().equals("body"));
        }
        if (e.attributesSize() == 0 || NEVER_BY_NAME.contains(tag)) return false;
        if (ROLES.contains(e.attr("role"))) return true;
        return names.computeIfAbsent(e.className(), Boilerplate::names) || names.computeIfAbsent(e.id(), Boilerplate::names);
    }

    private static boolean hidden(String style) {
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    /** True when a class list or id names furniture; layout flags such as {@code has-sidebar} do not count. */
    static boolean names(String value) {
        int n = value.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(value.charAt(i))) i++;
            int start = i;
            while (i < n && !Character.isWhitespace(value.charAt(i))) i++;
            if (i > start && namesFurniture(value.substring(start, i).toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    private static boolean namesFurniture(String name) {
        // utility-class frameworks write layout values into class names (lg:mr-[--sidebar-width])
        if (name.indexOf(':') >= 0 || name.indexOf('[') >= 0 || name.indexOf('(') >= 0) return false;
        if (name.startsWith("has-") || name.startsWith("with-") || name.startsWith("no-") || name.startsWith("is-")
                || name.contains("-with-") || name.startsWith("page-") || name.startsWith("layout")
                || name.startsWith("single") || name.startsWith("post-type") || name.startsWith("template")) return false;
        int n = name.length();
        int i = 0;
        while (i < n) {
            while (i < n && !isWordChar(name.charAt(i))) i++;
            int start = i;
            while (i < n && isWordChar(name.charAt(i))) i++;
            if (i == start) continue;
            String part = name.substring(start, i);
            if (WORDS.contains(part)) return true;
            for (String prefix : PREFIXES) {
                if (part.startsWith(prefix)) return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

}
