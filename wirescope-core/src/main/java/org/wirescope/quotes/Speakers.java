package org.wirescope.quotes;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.wirescope.model.Sentence;
import org.wirescope.model.Token;

/**
 * Who speaks when the parse does not say it plainly: the noun phrase after a cue that follows a
 * quotation ("…,” said the harbour master), the noun phrase set off before a cue ("“That,” he added"),
 * and the subject of the clause a participle hangs from ("tweets criticizing Machado").
 */
final class Speakers {

    private Speakers() {
    }

    /**
     * "…,” said the harbour master.": a finite cue right after a closing quotation mark with no subject
     * before it has its speaker after it, whatever relation the parser gave that noun phrase.
     */
    static boolean invertedAfterQuotation(Tree tree, Token verb) {
        return isFinite(verb) && followsQuotation(tree, verb)
                && tree.child(verb, Tree.SUBJECT).map(x -> x.start() > verb.start()).orElse(true)
                && invertedSubject(tree, verb).isPresent();
    }

    /**
     * "Trump unleashed a series of tweets criticizing Machado", "spoke about the death in Tulsa,
     * arguing that …": a participle hanging off a noun speaks for the subject of the clause that noun is in.
     */
    static Optional<Token> subjectOfGoverningClause(Tree tree, Token participle) {
        Token cur = participle;
        for (int up = 0; up < 6 && cur.head() >= 0; up++) {
            if (CLAUSE_BOUNDARIES.contains(Tree.base(cur.relation()))) return Optional.empty();
            cur = tree.token(cur.head());
            Optional<Token> subject = tree.child(cur, Tree.SUBJECT);
            if (subject.isPresent()) return tree.dominates(participle, subject.get()) ? Optional.empty() : subject;
        }
        return Optional.empty();
    }

    /** Relations past which a participle no longer belongs to the clause above. */
    private static final Set<String> CLAUSE_BOUNDARIES = Set.of("ccomp", "csubj", "parataxis", "acl:relcl", "advcl:relcl");

    /**
     * The noun phrase set off right before a cue, as in "“That,” he added, “…”" or "It was, the president
     * said, …": a pronoun or noun phrase between a comma or closing quotation mark and the verb (adverbs
     * and auxiliaries aside), outside any quotation; empty when the cue does not stand parenthetically.
     */
    static Optional<Token> parentheticalSubject(Tree tree, Token verb, List<QuoteMarks.Marked> marks) {
        return parenthetical(tree, verb, marks).map(Parenthetical::speaker);
    }

    /** A speaker set off before a cue, and the comma or quotation mark that sets it off. */
    record Parenthetical(Token speaker, Token boundary) {
    }

    static Optional<Parenthetical> parenthetical(Tree tree, Token verb, List<QuoteMarks.Marked> marks) {
        Sentence s = tree.doc().sentences().get(verb.sentence());
        int i = verb.index() - 1;
        while (i >= s.firstToken() && Contents.isGlue(tree.token(i))) i--;
        Token head = null;
        int words = 0;
        for (; i >= s.firstToken() && words < 6; i--, words++) {
            Token t = tree.token(i);
            if (QuoteMarks.covers(marks, t)) return Optional.empty();
            if (t.isPronoun() || t.isNoun()) {
                if (head == null) head = t;
            } else if (!INVERTED_NP_TAGS.contains(t.pos())) {
                break;
            }
        }
        if (head == null || i < s.firstToken() || head.relation().contains("tmod") || Set.of("DATE", "TIME").contains(head.ner())) {
            return Optional.empty();
        }
        Token boundary = tree.token(i);
        boolean setOff = boundary.text().equals(",") || Contents.QUOTATION_MARKS.indexOf(boundary.text().charAt(0)) >= 0 && i > s.firstToken();
        return setOff ? Optional.of(new Parenthetical(head, boundary)) : Optional.empty();
    }

    /** Whether the cue comes right after a closing quotation mark ("…,” said Roe"; "…” he said"). */
    private static boolean followsQuotation(Tree tree, Token verb) {
        int i = verb.index() - 1;
        Sentence s = tree.doc().sentences().get(verb.sentence());
        if (i >= s.firstToken() && tree.token(i).text().equals(",")) i--;
        if (i < s.firstToken()) return false;
        String t = tree.token(i).text();
        return t.equals("\u201D") || t.equals("''") || t.equals("\"") && tree.token(i).pos().equals("''");
    }

    /**
     * The head of the noun phrase right after the verb, as in "said Leslie Wimes", "said 9/11 widow
     * Terry Strada" or "said the ruling": the last noun before anything that is not part of a name.
     */
    static Optional<Token> invertedSubject(Tree tree, Token verb) {
        List<Token> ts = tree.doc().tokens();
        Token head = null;
        for (int i = verb.index() + 1; i < ts.size() && i <= verb.index() + 8; i++) {
            Token t = ts.get(i);
            if (t.sentence() != verb.sentence()) break;
            if (t.pos().equals("PRP")) return head == null ? Optional.of(t) : Optional.of(head);
            if (t.isNoun()) head = t;
            else if (!INVERTED_NP_TAGS.contains(t.pos())) break;
        }
        return Optional.ofNullable(head);
    }

    private static final Set<String> INVERTED_NP_TAGS = Set.of("DT", "PRP$", "JJ", "CD", "POS", "HYPH", "NNP", "NNPS");

    static boolean isFinite(Token verb) {
        return verb.pos().equals("VBD") || verb.pos().equals("VBZ") || verb.pos().equals("VBP");
    }
}
