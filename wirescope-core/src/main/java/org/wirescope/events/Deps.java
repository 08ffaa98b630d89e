package org.wirescope.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.wirescope.model.Annotated;
import org.wirescope.model.Sentence;
import org.wirescope.model.Token;

/** The dependency tree of one parsed sentence, with the walks the coder needs. Built per sentence. */
final class Deps {

    private final Annotated doc;
    private final Sentence sentence;
    private final List<List<Token>> children;

    Deps(Annotated doc, Sentence sentence) {
        this.doc = doc;
        this.sentence = sentence;
        int n = sentence.tokenCount();
        List<List<Token>> kids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) kids.add(new ArrayList<>(2));
        for (Token t : doc.tokensOf(sentence)) {
            if (t.head() >= sentence.firstToken() && t.head() < sentence.endToken()) {
                kids.get(t.head() - sentence.firstToken()).add(t);
            }
        }
        this.children = kids;
    }

    Sentence sentence() {
        return sentence;
    }

    String text() {
        return doc.text();
    }

    Token token(int index) {
        return doc.tokens().get(index);
    }

    List<Token> children(Token t) {
        return children.get(t.index() - sentence.firstToken());
    }

    /** Children whose relation (without its subtype unless {@code relation} names one) is {@code relation}. */
    List<Token> children(Token t, String relation) {
        List<Token> out = new ArrayList<>(2);
        for (Token c : children(t)) if (is(c, relation)) out.add(c);
        return out;
    }

    Optional<Token> child(Token t, String relation) {
        for (Token c : children(t)) if (is(c, relation)) return Optional.of(c);
        return Optional.empty();
    }

    Optional<Token> head(Token t) {
        if (t.head() < sentence.firstToken() || t.head() >= sentence.endToken()) return Optional.empty();
        return Optional.of(token(t.head()));
    }

    /** Whether {@code t}'s relation is {@code relation}: exactly, or as its base when {@code relation} has no subtype. */
    static boolean is(Token t, String relation) {
        String r = t.relation();
        if (r.equals(relation)) return true;
        return relation.indexOf(':') < 0 && r.startsWith(relation + ":");
    }

    /** The lower-case preposition or case marker of a nominal ({@code "against"} for "against Iran"), if any. */
    Optional<String> caseOf(Token t) {
        for (Token c : children(t)) {
            if (is(c, "case") && !c.text().equals("'s") && !c.text().equals("'")) return Optional.of(c.lemma().toLowerCase(Locale.ROOT));
        }
        return Optional.empty();
    }

    /** Whether {@code t} lies in the subtree of {@code ancestor} (inclusive). */
    boolean within(Token t, Token ancestor) {
        Token cur = t;
        for (int guard = 0; guard < sentence.tokenCount(); guard++) {
            if (cur.index() == ancestor.index()) return true;
            Optional<Token> h = head(cur);
            if (h.isEmpty()) return false;
            cur = h.get();
        }
        return false;
    }

    /** Every token of {@code root}'s subtree, {@code root} included, skipping the subtrees of {@code skip}. */
    List<Token> subtree(Token root, Set<Integer> skip) {
        List<Token> out = new ArrayList<>();
        collect(root, skip, out, 0);
        return out;
    }

    private void collect(Token t, Set<Integer> skip, List<Token> out, int depth) {
        if (skip.contains(t.index()) || depth > 40) return;
        out.add(t);
        for (Token c : children(t)) collect(c, skip, out, depth + 1);
    }
}
