package org.wirescope.nlp;

import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/** The running counts behind {@link NlpStats}; safe to update from several threads. */
final class Counters {

    private final LongAdder articles = new LongAdder();
    private final LongAdder tokens = new LongAdder();
    private final LongAdder sentences = new LongAdder();
    private final LongAdder parsed = new LongAdder();
    private final LongAdder parsedTokens = new LongAdder();
    private final LongAdder tooLong = new LongAdder();
    private final LongAdder notSelected = new LongAdder();
    private final LongAdder articlesTooLong = new LongAdder();
    private final LongAdder inLongArticles = new LongAdder();

    void article(int tokenCount, List<ParsePlan.Decision> decisions, long tokensParsed) {
        articles.increment();
        tokens.add(tokenCount);
        sentences.add(decisions.size());
        parsedTokens.add(tokensParsed);
        boolean longArticle = false;
        for (ParsePlan.Decision d : decisions) {
            switch (d) {
                case PARSE -> parsed.increment();
                case TOO_LONG -> tooLong.increment();
                case NOT_SELECTED -> notSelected.increment();
                case ARTICLE_TOO_LONG -> {
                    inLongArticles.increment();
                    longArticle = true;
                }
            }
        }
        if (longArticle) articlesTooLong.increment();
    }

    NlpStats snapshot() {
        return new NlpStats(articles.sum(), tokens.sum(), sentences.sum(), parsed.sum(), parsedTokens.sum(),
                tooLong.sum(), notSelected.sum(), articlesTooLong.sum(), inLongArticles.sum());
    }
}
