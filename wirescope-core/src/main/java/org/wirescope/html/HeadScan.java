package org.wirescope.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The elements metadata is read from, gathered in one iterative pass over the page: meta tags,
 * JSON-LD scripts, top-level headings, {@code <time>} elements, elements marked as the publication
 * date, and elements that name an author.
 */
final class HeadScan implements NodeVisitor {

    final List<Element> metas = new ArrayList<>();
    final List<Element> jsonLd = new ArrayList<>();
    final List<Element> h1s = new ArrayList<>();
    final List<Element> times = new ArrayList<>();
    final List<Element> datePublished = new ArrayList<>();
    final List<Element> authors = new ArrayList<>();
    private final Budget budget;
    private int ticks;

    private HeadScan(Budget budget) {
        this.budget = budget;
    }

    static HeadScan of(Document page, Budget budget) {
        HeadScan scan = new HeadScan(budget);
        NodeTraversor.traverse(scan, page);
        return scan;
    }

    @Override
    public void head(Node node, int depth) {
        if (!(node instanceof Element e)) return;
        if ((++ticks & 1023) == 0) budget.time();
        switch (e.normalName()) {
            case "meta" -> metas.add(e);
            case "script" -> {
                if (e.attr("type").equalsIgnoreCase("application/ld+json")) jsonLd.add(e);
            }
            case "h1" -> {
                if (h1s.size() < 5) h1s.add(e);
            }
            case "time" -> {
                if (e.hasAttr("datetime")) times.add(e);
            }
            default -> { }
        }
        if (e.attributesSize() == 0) return;
        String itemprop = e.attr("itemprop");
        if (itemprop.equals("datePublished") && datePublished.size() < 3) datePublished.add(e);
        if (authors.size() < 5 && (itemprop.equals("author") || e.attr("rel").equals("author") || authorClass(e.className()))) {
            authors.add(e);
        }
    }

    private static boolean authorClass(String cls) {
        if (cls.isEmpty()) return false;
        return cls.contains("author-name") || cls.contains("byline") || cls.contains("author") && !cls.contains("author-bio")
                && !cls.contains("avatar");
    }
}
