package org.wirescope.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.wirescope.model.Annotated;
import org.wirescope.model.Span;
import org.wirescope.model.Token;

/** Dependency-tree navigation over an annotated article: children, subtrees, their spans and noun phrases. */
final class Tree {

    /** The relation of a clause's active subject. */
    static final Set<String> SUBJECT = Set.of("nsubj");
    private static final Set<String> NP_PARTS = Set.of("compound", "flat", "amod", "det", "nummod", "nmod:poss", "case",
            "fixed", "name");

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

    /** The lemma, with a particle when the verb has one ("point out"). */
    String lemmaWithParticle(Token t) {
        for (Token c : children(t)) {
            if (c.relation().equals("compound:prt")) return t.lemma() + " " + c.text().toLowerCase(Locale.ROOT);
        }
        return t.lemma();
    }

    /** The words naming a participant: the head noun with its compounds, modifiers and name parts. */
    Span nounPhrase(Token head) {
        int s = head.start();
        int e = head.end();
        List<Token> stack = new ArrayList<>(List.of(head));
        while (!stack.isEmpty()) {
            Token t = stack.remove(stack.size() - 1);
            for (Token c : children(t)) {
                if (NP_PARTS.contains(c.relation()) || NP_PARTS.contains(base(c.relation()))) {
                    if (c.relation().equals("case") && t == head) continue;
                    s = Math.min(s, c.start());
                    e = Math.max(e, c.end());
                    stack.add(c);
                }
            }
        }
        return new Span(s, e);
    }
}
