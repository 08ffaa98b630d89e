package org.wirescope.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.wirescope.model.Annotated;
import org.wirescope.model.Span;
import org.wirescope.model.Token;

/** Dependency-tree navigation over an annotated article: children, subtrees and their spans. */
final class Tree {

    private final Annotated doc;
    private final List<List<Token>> children;

    Tree(Annotated doc) {
        this.doc = doc;
        this.children = new ArrayList<>(doc.tokens().size());
        for (int i = 0; i < doc.tokens().size(); i++) children.add(new ArrayList<>(2));
        for (Token t : doc.tokens()) {
            if (t.head() >= 0) children.get(t.head()).add(t);
        }
    }

    Annotated doc() {
        return doc;
    }

    Token token(int i) {
        return doc.tokens().get(i);
    }

    List<Token> children(Token t) {
        return children.get(t.index());
    }

    Optional<Token> head(Token t) {
        return t.head() >= 0 ? Optional.of(token(t.head())) : Optional.empty();
    }

    /** The first child whose relation is one of {@code relations} (compared without subtype). */
    Optional<Token> child(Token t, Set<String> relations) {
        for (Token c : children(t)) {
            if (relations.contains(c.relation()) || relations.contains(base(c.relation()))) return Optional.of(c);
        }
        return Optional.empty();
    }

    static String base(String relation) {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }

    /** Token indexes of the subtree under {@code t}, skipping subtrees rooted at {@code excluded}. */
    void collect(Token t, Set<Integer> excluded, List<Token> into) {
        if (excluded.contains(t.index())) return;
        into.add(t);
        for (Token c : children(t)) collect(c, excluded, into);
    }

    /** The character span from the first to the last token of the subtree under {@code t}. */
    Span span(Token t, Set<Integer> excluded) {
        List<Token> sub = new ArrayList<>();
        collect(t, excluded, sub);
        int s = Integer.MAX_VALUE;
        int e = -1;
        for (Token x : sub) {
            s = Math.min(s, x.start());
            e = Math.max(e, x.end());
        }
        return new Span(s, e);
    }

    /** Whether {@code ancestor} dominates {@code t}. */
    boolean dominates(Token ancestor, Token t) {
        Token cur = t;
        for (int guard = 0; guard < 200; guard++) {
            if (cur.index() == ancestor.index()) return true;
            if (cur.head() < 0) return false;
            cur = token(cur.head());
        }
        return false;
    }
}
