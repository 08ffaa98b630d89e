package org.wirescope.html;

import java.util.Arrays;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeFilter.FilterResult;

/**
 * Depth-first walk over an element's subtree with a {@link NodeFilter}, iterative, stepping through each
 * child list by index. jsoup's own walk moves from a node to its next sibling, and on a freshly parsed
 * page that first numbers the whole child list of the parent: one more write to every node of the page.
 * Honours {@code CONTINUE}, {@code SKIP_CHILDREN} and {@code SKIP_ENTIRELY}; {@code STOP} ends the walk.
 */
final class Traversal {

    private Traversal() {}

    static void filter(NodeFilter filter, Element root) {
        FilterResult first = filter.head(root, 0);
        if (first == FilterResult.SKIP_ENTIRELY || first == FilterResult.STOP) return;
        if (first != FilterResult.CONTINUE || root.childNodeSize() == 0) {
            filter.tail(root, 0);
            return;
        }
        Element[] parents = new Element[64];
        int[] next = new int[64];
        parents[0] = root;
        int depth = 1;
        while (depth > 0) {
            Element parent = parents[depth - 1];
            int index = next[depth - 1];
            if (index == parent.childNodeSize()) {
                depth--;
                if (filter.tail(parent, depth) == FilterResult.STOP) return;
                continue;
            }
            next[depth - 1] = index + 1;
            Node child = parent.childNode(index);
            FilterResult result = filter.head(child, depth);
            if (result == FilterResult.STOP) return;
            if (result == FilterResult.SKIP_ENTIRELY) continue;
            if (result == FilterResult.CONTINUE && child instanceof Element e && e.childNodeSize() > 0) {
                if (depth == parents.length) {
                    parents = Arrays.copyOf(parents, depth * 2);
                    next = Arrays.copyOf(next, depth * 2);
                }
                parents[depth] = e;
                next[depth] = 0;
                depth++;
            } else if (filter.tail(child, depth) == FilterResult.STOP) {
                return;
            }
        }
    }
}
