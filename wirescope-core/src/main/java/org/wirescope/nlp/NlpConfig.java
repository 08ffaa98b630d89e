package org.wirescope.nlp;

import java.util.Objects;

/**
 * What the nlp stage runs. Tokenising, sentence splitting, part-of-speech tagging and lemmatising
 * always run; named entities and the dependency parse are optional.
 *
 * <pre>{@code
 * NlpConfig fast = NlpConfig.DEFAULTS.withParse(ParseMode.NONE);
 * NlpConfig thorough = NlpConfig.DEFAULTS.withParse(ParseMode.ALL).withMaxParseTokens(120);
 * }</pre>
 *
 * @param ner whether to tag named entities (the 4-class CoNLL model: PERSON, ORGANIZATION, LOCATION, MISC)
 * @param parse which sentences get a dependency parse
 * @param maxParseTokens longest sentence, in tokens, the parser is given; longer ones stay unparsed and are counted
 * @param maxArticleTokens longest article, in tokens, that is parsed at all; a longer one is annotated
 *                         without parse and counted
 * @param selector picks sentences under {@link ParseMode#SELECTED}
 */
public record NlpConfig(boolean ner, ParseMode parse, int maxParseTokens, int maxArticleTokens, ParseSelector selector) {

    /** Entities on; parse {@link ParseMode#SELECTED} sentences of up to 80 tokens; articles up to 20,000 tokens. */
    public static final NlpConfig DEFAULTS = new NlpConfig(true, ParseMode.SELECTED, 80, 20_000, ParseSelector.cues());

    public NlpConfig {
        Objects.requireNonNull(parse, "parse");
        Objects.requireNonNull(selector, "selector");
        if (maxParseTokens <= 0) throw new IllegalArgumentException("maxParseTokens must be > 0, was " + maxParseTokens);
        if (maxArticleTokens <= 0) throw new IllegalArgumentException("maxArticleTokens must be > 0, was " + maxArticleTokens);
    }

    public NlpConfig withNer(boolean on) {
        return new NlpConfig(on, parse, maxParseTokens, maxArticleTokens, selector);
    }

    public NlpConfig withParse(ParseMode mode) {
        return new NlpConfig(ner, mode, maxParseTokens, maxArticleTokens, selector);
    }

    public NlpConfig withMaxParseTokens(int tokens) {
        return new NlpConfig(ner, parse, tokens, maxArticleTokens, selector);
    }

    public NlpConfig withMaxArticleTokens(int tokens) {
        return new NlpConfig(ner, parse, maxParseTokens, tokens, selector);
    }

    public NlpConfig withSelector(ParseSelector chosen) {
        return new NlpConfig(ner, parse, maxParseTokens, maxArticleTokens, chosen);
    }
}
