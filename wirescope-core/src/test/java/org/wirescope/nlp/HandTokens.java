package org.wirescope.nlp;

import java.util.ArrayList;
import java.util.List;
import org.wirescope.model.Token;

/**
 * Builds unparsed tokens by hand for tests that need no models: words separated by single spaces,
 * each written {@code text/POS/lemma/NER}; missing parts default to {@code NN}, the lowercased
 * text and {@code O}.
 */
final class HandTokens {

    private final StringBuilder text = new StringBuilder();
    private final List<Token> tokens = new ArrayList<>();
    private int sentence;

    /** Appends one sentence, separated from the previous one by a space. */
    HandTokens sentence(String spec) {
        if (!tokens.isEmpty()) {
            text.append(' ');
            sentence++;
        }
        boolean first = true;
        for (String word : spec.split(" ")) {
            if (!first) text.append(' ');
            first = false;
            String[] parts = word.split("/", -1);
            String surface = parts[0];
            String pos = parts.length > 1 ? parts[1] : "NN";
            String lemma = parts.length > 2 ? parts[2] : surface.toLowerCase(java.util.Locale.ROOT);
            String ner = parts.length > 3 ? parts[3] : "O";
            int start = text.length();
            text.append(surface);
            tokens.add(new Token(tokens.size(), sentence, start, text.length(), surface, pos, lemma, ner,
                    Token.UNPARSED, ""));
        }
        return this;
    }

    String text() {
        return text.toString();
    }

    List<Token> tokens() {
        return List.copyOf(tokens);
    }

    List<Token> sentenceTokens(int i) {
        return tokens.stream().filter(t -> t.sentence() == i).toList();
    }

    static List<Token> of(String spec) {
        return new HandTokens().sentence(spec).tokens();
    }
}
