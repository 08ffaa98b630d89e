package org.wirescope.nlp;

import java.util.ArrayList;
import java.util.List;
import org.wirescope.model.EntityMention;
import org.wirescope.model.Token;

/**
 * Turns per-token entity tags into mentions. The CoNLL model tags tokens with a bare class
 * ({@code PERSON}, no B-/I- prefix), so a mention is a maximal run of adjacent tokens of one
 * class inside one sentence; two names written side by side with nothing between them therefore
 * come out as one mention.
 */
final class EntitySpans {

    static final String OUTSIDE = "O";

    private EntitySpans() {
    }

    /** @param text the article text the tokens' offsets index into */
    static List<EntityMention> merge(String text, List<Token> tokens) {
        List<EntityMention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token first = tokens.get(i);
            if (isOutside(first.ner())) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < tokens.size()
                    && tokens.get(end).sentence() == first.sentence()
                    && tokens.get(end).ner().equals(first.ner())) {
                end++;
            }
            Token last = tokens.get(end - 1);
            out.add(new EntityMention(first.start(), last.end(), first.index(), last.index() + 1,
                    text.substring(first.start(), last.end()), first.ner()));
            i = end;
        }
        return out;
    }

    private static boolean isOutside(String tag) {
        return tag.isEmpty() || tag.equals(OUTSIDE);
    }
}
