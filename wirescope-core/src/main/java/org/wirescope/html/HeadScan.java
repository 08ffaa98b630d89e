package org.wirescope.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;

/**
 * The elements metadata is read from, in page order: meta tags, JSON-LD scripts, top-level headings,
 * {@code <time>} elements, elements marked as the publication date, and elements that name an author.
 * The body is not walked here: the scoring walk ({@link ContentScores#strict}) hands each body element
 * to {@link #element} and each subtree it leaves out to {@link #within}, so that a page is walked once.
 */
final class HeadScan {

    /**
     * The content of meta tags by the lower-cased value of their {@code property}, {@code name},
     * {@code itemprop} or {@code http-equiv}: the first tag's with non-blank content, whitespace normalised.
     */
    final Map<String, String> metas = new HashMap<>();
    final List<Element> jsonLd = new ArrayList<>();
    final List<Element> h1s = new ArrayList<>();
    final List<Element> times = new ArrayList<>();
    final List<Element> datePublished = new ArrayList<>();
    /** Elements whose class or id says they hold a publication date ("post-date", "entry-published"). */
    final List<Element> dateMarked = new ArrayList<>();
    final List<Element> authors = new ArrayList<>();
    private static final String[] META_KEYS = {"property", "name", "itemprop", "http-equiv"};
    private final Budget budget;
    private int ticks;

    private HeadScan(Budget budget) {
        this.budget = budget;
    }

    /** Scans the page except the subtree of {@code body} (which may be null: then all of it). */
    static HeadScan outside(Document page, Element body, Budget budget) {
        HeadScan scan = new HeadScan(budget);
        scan.walk(page, body);
        return scan;
    }

    /** Scans the descendants of {@code root}, not {@code root} itself. */
    void within(Element root) {
        walk(root, root);
    }

    void element(Element e, String tag, Attributes attributes) {
        if ((++ticks & 1023) == 0) budget.time();
        switch (tag) {
            case "meta" -> meta(attributes);
            case "script" -> {
                if (Attrs.get(attributes, "type").equalsIgnoreCase("application/ld+json")) jsonLd.add(e);
            }
            case "h1" -> {
                if (h1s.size() < 5) h1s.add(e);
            }
            case "time" -> {
                if (attributes != null && attributes.hasKey("datetime")) times.add(e);
            }
            default -> { }
        }
        if (attributes == null) return;
        String itemprop = attributes.get("itemprop");
        if (itemprop.equals("datePublished") && datePublished.size() < 3) datePublished.add(e);
        if (dateMarked.size() < 8 && (dateClass(attributes.get("class")) || dateClass(attributes.get("id")))) dateMarked.add(e);
        if (authors.size() < 5 && (itemprop.equals("author") || attributes.get("rel").equals("author")
                || authorClass(attributes.get("class")))) {
            authors.add(e);
        }
    }

    private void meta(Attributes attributes) {
        String content = Whitespace.normalise(Attrs.get(attributes, "content"));
        if (content.isEmpty()) return;
        for (String key : META_KEYS) {
            String name = attributes.get(key);
            if (!name.isEmpty()) metas.putIfAbsent(name.toLowerCase(Locale.ROOT), content);
        }
    }

    /** Scans {@code root}'s subtree, leaving out {@code skipped}'s (the root itself when they are the same). */
    private void walk(Element root, Element skipped) {
        Traversal.filter((node, depth) -> {
            if (!(node instanceof Element e)) return NodeFilter.FilterResult.SKIP_ENTIRELY;
            if (e == skipped) return e == root ? NodeFilter.FilterResult.CONTINUE : NodeFilter.FilterResult.SKIP_ENTIRELY;
            element(e, e.normalName(), Attrs.of(e));
            return NodeFilter.FilterResult.CONTINUE;
        }, root);
    }

    private static boolean dateClass(String name) {
        // a cheap look first: nearly every element has none of these, and this runs for each one
        if (name.indexOf("ate") < 0 && name.indexOf("ublish") < 0 && name.indexOf("osted") < 0) return false;
        String lower = name.toLowerCase(Locale.ROOT);
        return (lower.contains("date") || lower.contains("publish") || lower.contains("posted"))
                && !lower.contains("update") && !lower.contains("modif") && !lower.contains("validat") && !lower.contains("comment");
    }

    private static boolean authorClass(String cls) {
        if (cls.isEmpty()) return false;
        if (!cls.contains("author")) return cls.contains("byline");
        return cls.contains("author-name") || cls.contains("byline") || !cls.contains("author-bio") && !cls.contains("avatar");
    }
}
