package org.wirescope.actors;

import java.util.List;
import org.wirescope.model.Annotated;
import org.wirescope.model.Sentence;
import org.wirescope.model.Token;

/** A read-only view of an annotated article with the token lookups the actor stage needs. */
final class Doc {

    private final Annotated annotated;
    private final List<Token> tokens;

    private Doc(Annotated annotated) {
        this.annotated = annotated;
        this.tokens = annotated.tokens();
    }

    static Doc of(Annotated annotated) {
        return new Doc(annotated);
    }

    Annotated annotated() {
        return annotated;
    }

    String text() {
        return annotated.text();
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    /** The token's text, or empty outside the article. */
    String word(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).text() : "";
    }

    /** The token's text in lower case, or empty outside the article. */
    String lower(int i) {
        return Words.lower(word(i));
    }

    String pos(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).pos() : "";
    }

    int sentenceOf(int i) {
        return tokens.get(i).sentence();
    }

    Sentence sentence(int index) {
        return annotated.sentences().get(index);
    }

    /** Whether tokens {@code i} and {@code j} lie in one sentence. */
    boolean sameSentence(int i, int j) {
        return i >= 0 && j >= 0 && i < tokens.size() && j < tokens.size() && sentenceOf(i) == sentenceOf(j);
    }

    boolean parsed(int i) {
        return tokens.get(i).head() != Token.UNPARSED;
    }

    /** The index of the first token starting at or after {@code offset} ({@link #size()} when none). */
    int firstTokenFrom(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() >= offset) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    /** The index after the last token ending at or before {@code offset}. */
    int endTokenTo(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** The text from the start of token {@code from} to the end of token {@code to - 1}. */
    String text(int from, int to) {
        return text().substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    boolean isPunctuation(int i) {
        String w = word(i);
        return !w.isEmpty() && !Character.isLetterOrDigit(w.codePointAt(0));
    }

    boolean isPossessiveMarker(int i) {
        String w = word(i);
        return pos(i).equals("POS") || w.equals("'s") || w.equals("\u2019s") || w.equals("'") || w.equals("\u2019");
    }

    boolean isPreposition(int i) {
        String p = pos(i);
        return p.equals("IN") || p.equals("TO");
    }

    boolean isVerb(int i) {
        return pos(i).startsWith("VB") || pos(i).equals("MD");
    }

    boolean isNoun(int i) {
        return pos(i).startsWith("NN");
    }

    boolean isCapitalized(int i) {
        return Words.isCapitalized(word(i));
    }

    /** Whether the token is a verb of saying, by lemma or form. */
    boolean isSpeechVerb(int i) {
        if (i < 0 || i >= tokens.size() || !isVerb(i)) return false;
        Token t = tokens.get(i);
        return Words.SPEECH_VERBS.contains(Words.lower(t.lemma())) || Words.SPEECH_VERBS.contains(Words.lower(t.text()));
    }

    /** The syntactic head of token {@code i}, or -1 for roots and unparsed tokens. */
    int head(int i) {
        int h = tokens.get(i).head();
        return h >= 0 ? h : -1;
    }

    String relation(int i) {
        return tokens.get(i).relation();
    }
}
