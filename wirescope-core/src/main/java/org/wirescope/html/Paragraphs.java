package org.wirescope.html;

import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Writes the text of chosen containers as paragraphs: a block element (paragraph, heading, list item,
 * quotation, cell, division) or a line break ends the paragraph being written. Furniture is skipped
 * as in scoring, and so are nested containers that are mostly links (in-article link lists); a
 * paragraph that is mostly link text is dropped.
 */
final class Paragraphs implements NodeFilter {

    private static final NameSet BREAKS = NameSet.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5",
            "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "br", "hr", "address",
            "figcaption", "center", "details", "summary", "caption", "tbody", "thead");
    private static final NameSet LINK_LISTS = NameSet.of("ul", "ol", "div", "section", "table", "dl", "p");

    private static final double LINKY = 0.8;
    private static final double LINK_LIST = 0.6;
    private final ContentScores scores;
    /** The scores index of the next element met: the walk here meets elements in the order scoring numbered them. */
    private int cursor;
    private final Budget budget;
    private final List<String> out;
    /** The paragraph being written, whitespace already collapsed: {@code length} chars of {@code current}. */
    private char[] current = new char[256];
    private int length;
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
        Traversal.filter(writer, scores.elements[root]);
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
        // the scoring walk numbered every element but furniture by tag or style, in this order
        if (cursor == scores.count || e != scores.elements[cursor]) return FilterResult.SKIP_ENTIRELY;
        String tag = e.normalName();
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

    /** Appends {@code s} with each run of whitespace written as one space, copying runs of other characters whole. */
    private void append(String s, boolean link) {
        int before = length;
        int n = s.length();
        int k = 0;
        while (k < n) {
            int start = k;
            while (k < n && !Whitespace.isSpace(s.charAt(k))) k++;
            if (k > start) {
                room(k - start);
                s.getChars(start, k, current, length);
                length += k - start;
            }
            if (k < n) {
                while (k < n && Whitespace.isSpace(s.charAt(k))) k++;
                if (length > 0 && current[length - 1] != ' ') {
                    room(1);
                    current[length++] = ' ';
                }
            }
        }
        if (link) currentLinkChars += length - before;
    }

    private void room(int more) {
        if (length + more > current.length) current = Arrays.copyOf(current, Math.max(current.length * 2, length + more));
    }

    private void flush() {
        int end = length;
        if (end > 0 && current[end - 1] == ' ') end--;
        boolean linky = end > 0 && currentLinkChars > LINKY * end;
        if (end > 0 && !linky) out.add(new String(current, 0, end));
        length = 0;
        currentLinkChars = 0;
    }
}
