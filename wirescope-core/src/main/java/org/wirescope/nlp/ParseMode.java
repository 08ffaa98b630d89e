package org.wirescope.nlp;

/** Which sentences the nlp stage spends the dependency parser on. */
public enum ParseMode {
    /** Every sentence up to {@link NlpConfig#maxParseTokens()} tokens. */
    ALL,
    /** Sentences that the {@link NlpConfig#selector()} picks, up to {@link NlpConfig#maxParseTokens()} tokens. */
    SELECTED,
    /** No sentence: tokens keep {@link org.wirescope.model.Token#UNPARSED} heads. */
    NONE
}
