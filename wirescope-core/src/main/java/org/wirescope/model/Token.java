package org.wirescope.model;

import java.util.Objects;

/**
 * One token of an annotated article. Offsets index into {@link Article#text()}.
 *
 * @param index position in the article's token list
 * @param sentence index of the sentence holding it
 * @param pos Penn Treebank tag
 * @param ner entity class ({@code PERSON}, {@code ORGANIZATION}, {@code LOCATION}, {@code MISC} …) or {@code O}
 * @param head article-level index of the syntactic head; {@link #ROOT} for the sentence root,
 *             {@link #UNPARSED} when the sentence was not parsed
 * @param relation Universal Dependencies relation to the head ({@code nsubj}, {@code ccomp} …), or empty
 */
public record Token(int index, int sentence, int start, int end, String text, String pos, String lemma, String ner,
                   int head, String relation) {

    public static final int ROOT = -1;
    public static final int UNPARSED = -2;

    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(ner, "ner");
        Objects.requireNonNull(relation, "relation");
        if (end < start) throw new IllegalArgumentException("end < start for token " + index);
    }

    public Span span() {
        return new Span(start, end);
    }

    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isPronoun() {
        return pos.equals("PRP") || pos.equals("PRP$");
    }
}
