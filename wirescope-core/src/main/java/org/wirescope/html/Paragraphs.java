package org.wirescope.html;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Writes the text of chosen containers as paragraphs: a block element (paragraph, heading, list item,
 * quotation, cell, division) or a line break ends the paragraph being written. Furniture is skipped
 * as in scoring, and so are nested containers that are mostly links (in-article link lists); a
 * paragraph that is mostly link text is dropped.
 */
final class Paragraphs implements NodeFilter {

    private static final Set<String> BREAKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5",
            "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "br", "hr", "address",
            "figcaption", "center", "details", "summary", "caption", "tbody", "thead");
    private static final Set<String> LINK_LISTS = Set.of("ul", "ol", "div", "section", "table", "dl", "p");

    private static final double LINKY = 0.8;
    private static final double LINK_LIST = 0.6;
    private final ContentScores scores;
    /** The scores index of the next element met: the walk here meets elements in the order scoring numbered them. */
    private int cursor;
    private final Budget budget;
    private final List<String> out;
    private final StringBuilder current = new StringBuilder();
    private int currentLinkChars;
    private int anchors;
    private int ticks;

    private Paragraphs(ContentScores scores, Budget budget, List<String> out, int root) {
        this.scores = scores;
        this.cursor = root;
        this.budget = budget;
        this.out = out;
    }

    /** Writes element {@code root} (an index into {@code scores}) as paragraphs. */
    static void write(int root, ContentScores scores, Budget budget, List<String> out) {
        Paragraphs writer = new Paragraphs(scores, budget, out, root);
        NodeTraversor.filter(writer, scores.elements[root]);
        writer.flush();
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if ((++ticks & 1023) == 0) budget.time();
        if (node instanceof TextNode t) {
            append(t.getWholeText(), anchors > 0);
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) return FilterResult.SKIP_ENTIRELY;
        String tag = e.normalName();
        if (Boilerplate.hard(e, tag)) return FilterResult.SKIP_ENTIRELY;
        int i = cursor++;
        if (scores.dead[i] || (depth > 0 && LINK_LISTS.contains(tag) && scores.text[i] > 0 && scores.linkDensity(i) > LINK_LIST)) {
            cursor = scores.end[i];
            return FilterResult.SKIP_ENTIRELY;
        }
        if (BREAKS.contains(tag)) flush();
        if (tag.equals("a")) anchors++;
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("a")) anchors--;
            if (BREAKS.contains(tag)) flush();
            else if (tag.equals("td") || tag.equals("th")) append(" ", false);
        }
        return FilterResult.CONTINUE;
    }

    private void append(String s, boolean link) {
        int before = current.length();
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Whitespace.isSpace(c)) {
                if (current.length() > 0 && current.charAt(current.length() - 1) != ' ') current.append(' ');
            } else {
                current.append(c);
            }
        }
        if (link) currentLinkChars += current.length() - before;
    }

    private void flush() {
        int end = current.length();
        if (end > 0 && current.charAt(end - 1) == ' ') end--;
        String p = current.substring(0, end);
        boolean linky = p.length() > 0 && currentLinkChars > LINKY * p.length();
        if (!p.isEmpty() && !linky) out.add(p);
        current.setLength(0);
        currentLinkChars = 0;
    }
}
