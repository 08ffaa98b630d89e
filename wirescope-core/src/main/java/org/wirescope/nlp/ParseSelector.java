package org.wirescope.nlp;

import java.util.List;
import org.wirescope.model.Token;

/**
 * Decides, per sentence, whether the dependency parser is worth its cost. It sees the sentence's
 * tokens after tagging and lemmatising (heads still {@link Token#UNPARSED}), so it can look at
 * text, part of speech and lemma.
 *
 * <pre>{@code
 * ParseSelector onlyQuotes = sentence -> sentence.stream().anyMatch(t -> t.text().equals("\""));
 * NlpConfig config = NlpConfig.DEFAULTS.withSelector(onlyQuotes);
 * }</pre>
 *
 * Implementations must be stateless (the stage calls them from several threads) and should have
 * value equality when used in a config given to {@link NlpStage#shared(NlpConfig)}.
 */
@FunctionalInterface
public interface ParseSelector {

    /** @param sentence the tokens of one sentence, in text order, never empty */
    boolean wantsParse(List<Token> sentence);

    /**
     * The default: sentences holding a quotation mark, a colon, or a token whose lemma is a
     * reporting or political-event cue (the list in {@code org/wirescope/nlp/parse-cues.txt}).
     */
    static ParseSelector cues() {
        return CueSelector.DEFAULT;
    }
}
