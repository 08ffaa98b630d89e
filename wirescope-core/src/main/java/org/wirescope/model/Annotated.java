package org.wirescope.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An article with its linguistic annotation: tokens, sentences, entity mentions and (for parsed
 * sentences) dependency heads. The output of the nlp stage and the input of actors, quotes and
 * events; built by hand in tests.
 */
public record Annotated(Article article, List<Token> tokens, List<Sentence> sentences, List<EntityMention> entities) {

    public Annotated {
        Objects.requireNonNull(article, "article");
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
    }

    public String text() {
        return article.text();
    }

    public List<Token> tokensOf(Sentence s) {
        return tokens.subList(s.firstToken(), s.endToken());
    }

    /** Dependents of token {@code head}, in text order (empty for unparsed sentences). */
    public List<Token> children(Token head) {
        List<Token> out = new ArrayList<>();
        Sentence s = sentences.get(head.sentence());
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (tokens.get(i).head() == head.index()) out.add(tokens.get(i));
        }
        return out;
    }

    /** The sentence containing character offset {@code offset}, or the one just before it. */
    public Sentence sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (sentences.get(mid).start() <= offset) lo = mid;
            else hi = mid - 1;
        }
        return sentences.get(lo);
    }

    /** The index of the first token ending after {@code offset} (the last token when none does). */
    public int tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() > offset) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
}
