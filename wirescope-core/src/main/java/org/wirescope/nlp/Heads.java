package org.wirescope.nlp;

import java.util.List;
import org.wirescope.model.Token;

/** Writes a sentence's dependency arcs into its tokens as article-level heads. */
final class Heads {

    private Heads() {
    }

    /**
     * Replaces the tokens of the sentence starting at article index {@code firstToken} in
     * {@code tokens} (a mutable list) by copies carrying head and relation. A token no arc reaches
     * is made a root with an empty relation rather than left unparsed, so every token of a parsed
     * sentence has a head.
     */
    static void apply(List<Token> tokens, int firstToken, int length, List<Dependency> arcs) {
        int[] heads = new int[length];
        String[] relations = new String[length];
        java.util.Arrays.fill(heads, Token.ROOT);
        java.util.Arrays.fill(relations, "");
        for (Dependency d : arcs) {
            if (d.dependent() >= length || d.governor() >= length) {
                throw new IllegalArgumentException("arc " + d + " outside a sentence of " + length + " tokens");
            }
            heads[d.dependent()] = d.governor() == Dependency.ROOT ? Token.ROOT : firstToken + d.governor();
            relations[d.dependent()] = d.relation();
        }
        for (int i = 0; i < length; i++) {
            Token t = tokens.get(firstToken + i);
            tokens.set(firstToken + i, new Token(t.index(), t.sentence(), t.start(), t.end(), t.text(), t.pos(),
                    t.lemma(), t.ner(), heads[i], relations[i]));
        }
    }
}
