package org.wirescope.actors.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over token keys: the root is keyed by a form's first token, each further level by the next
 * token, in one map for tokens after whitespace and another for tokens that follow directly ("U.S.").
 * Built once, then frozen and only read.
 */
final class SurfaceTrie {

    static final class Node {
        private Map<String, Node> spaced = new HashMap<>(4);
        private Map<String, Node> tight = new HashMap<>(1);
        private List<Entry> entries = new ArrayList<>(1);

        /** The node for the next token {@code key}, which follows whitespace or follows directly. */
        Node child(String key, boolean afterSpace) {
            return (afterSpace ? spaced : tight).get(key);
        }

        List<Entry> entries() {
            return entries;
        }

        private void freeze() {
            for (Node n : spaced.values()) {
                n.freeze();
            }
            for (Node n : tight.values()) {
                n.freeze();
            }
            spaced = Map.copyOf(spaced);
            tight = Map.copyOf(tight);
            entries = List.copyOf(entries);
        }
    }

    private final Node root = new Node();
    private boolean frozen;

    void add(Entry entry) {
        if (frozen) {
            throw new IllegalStateException("trie is frozen");
        }
        Form form = entry.form();
        Node node = root;
        for (int k = 0; k < form.size(); k++) {
            node = (k == 0 || form.spaceBefore(k) ? node.spaced : node.tight).computeIfAbsent(form.key(k), e -> new Node());
        }
        node.entries.add(entry);
    }

    SurfaceTrie freeze() {
        root.freeze();
        frozen = true;
        return this;
    }

    Node root() {
        return root;
    }

    /** Entries whose forms have exactly the keys of tokens {@code from} (inclusive) to {@code to} (exclusive). */
    List<Entry> exact(Tokens t, int from, int to) {
        if (from >= to) {
            return List.of();
        }
        Node node = root.child(t.key(from), true);
        for (int k = from + 1; node != null && k < to; k++) {
            node = t.breakBefore(k) ? null : node.child(t.key(k), t.spaceBefore(k));
        }
        return node == null ? List.of() : node.entries();
    }
}
