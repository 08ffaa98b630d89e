package org.wirescope.nlp;

/**
 * What one {@link NlpStage} has done since it was created: a snapshot of its counters.
 *
 * @param articles articles annotated
 * @param tokens tokens produced
 * @param sentences sentences produced
 * @param sentencesParsed sentences given to the dependency parser
 * @param parsedTokens tokens in those sentences
 * @param sentencesTooLong sentences left unparsed because they exceed {@link NlpConfig#maxParseTokens()}
 * @param sentencesNotSelected sentences left unparsed by the {@link ParseMode} or {@link ParseSelector}
 * @param articlesTooLong articles left wholly unparsed because they exceed {@link NlpConfig#maxArticleTokens()}
 * @param sentencesInLongArticles sentences of those articles
 */
public record NlpStats(long articles, long tokens, long sentences, long sentencesParsed, long parsedTokens,
                       long sentencesTooLong, long sentencesNotSelected, long articlesTooLong,
                       long sentencesInLongArticles) {

    /** Sentences left unparsed for any reason. */
    public long sentencesSkipped() {
        return sentencesTooLong + sentencesNotSelected + sentencesInLongArticles;
    }

    /** The counts this snapshot holds beyond an {@code earlier} one of the same stage. */
    public NlpStats since(NlpStats earlier) {
        return new NlpStats(articles - earlier.articles, tokens - earlier.tokens, sentences - earlier.sentences,
                sentencesParsed - earlier.sentencesParsed, parsedTokens - earlier.parsedTokens,
                sentencesTooLong - earlier.sentencesTooLong, sentencesNotSelected - earlier.sentencesNotSelected,
                articlesTooLong - earlier.articlesTooLong, sentencesInLongArticles - earlier.sentencesInLongArticles);
    }
}
