package org.wirescope.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wirescope.model.Annotated;
import org.wirescope.model.Article;
import org.wirescope.model.OffsetMap;
import org.wirescope.model.Published;
import org.wirescope.model.Sentence;
import org.wirescope.model.Source;
import org.wirescope.model.Span;
import org.wirescope.model.Token;

/**
 * Builds annotated articles by hand, so attribution rules are tested without loading models.
 * A sentence is written as {@code word/TAG/head/relation[/lemma]} tokens separated by spaces, with
 * 1-based heads inside the sentence (0 for the root) — the CoNLL habit. Tokens are joined by single
 * spaces in the article text; sentences of a paragraph by a space; paragraphs by a blank line.
 *
 * <pre>{@code
 * Annotated doc = HandParsed.article(List.of(List.of(
 *     "Officials/NNS/2/nsubj said/VBD/0/root/say the/DT/4/det port/NN/6/nsubj would/MD/6/aux close/VB/2/ccomp ./././punct")));
 * }</pre>
 */
final class HandParsed {

    private HandParsed() {
    }

    /** One paragraph of one sentence. */
    static Annotated sentence(String sentence) {
        return article(List.of(List.of(sentence)));
    }

    static Annotated article(List<List<String>> paragraphs) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<Span> paragraphSpans = new ArrayList<>();
        for (List<String> paragraph : paragraphs) {
            if (text.length() > 0) text.append("\n\n");
            int paragraphStart = text.length();
            for (String sentence : paragraph) {
                if (text.length() > paragraphStart) text.append(' ');
                int sentenceStart = text.length();
                int first = tokens.size();
                String[] parts = sentence.trim().split(" +");
                for (int i = 0; i < parts.length; i++) {
                    String[] f = parts[i].split("/", -1);
                    if (f.length < 4) throw new IllegalArgumentException("token needs word/TAG/head/rel: " + parts[i]);
                    String word = f[0].isEmpty() ? "/" : f[0];
                    if (i > 0) text.append(' ');
                    int start = text.length();
                    text.append(word);
                    int head = Integer.parseInt(f[2]);
                    String lemma = f.length > 4 && !f[4].isEmpty() ? f[4] : word.toLowerCase(java.util.Locale.ROOT);
                    tokens.add(new Token(first + i, sentences.size(), start, text.length(), word, f[1], lemma, "O",
                            head == 0 ? Token.ROOT : first + head - 1, f[3]));
                }
                sentences.add(new Sentence(sentences.size(), sentenceStart, text.length(), first, tokens.size(), true));
            }
            paragraphSpans.add(new Span(paragraphStart, text.length()));
        }
        String body = text.toString();
        Article article = new Article("a-test", Source.of("test:hand", Source.Format.TEXT), "Hand-parsed",
                Published.UNKNOWN, Optional.of("en"), List.of(), List.of(), body, paragraphSpans,
                OffsetMap.identity(body.length()));
        return new Annotated(article, tokens, sentences, List.of());
    }
}
