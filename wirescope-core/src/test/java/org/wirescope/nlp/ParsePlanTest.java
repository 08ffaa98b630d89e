package org.wirescope.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirescope.nlp.ParsePlan.Decision.ARTICLE_TOO_LONG;
import static org.wirescope.nlp.ParsePlan.Decision.NOT_SELECTED;
import static org.wirescope.nlp.ParsePlan.Decision.PARSE;
import static org.wirescope.nlp.ParsePlan.Decision.TOO_LONG;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirescope.model.Token;

class ParsePlanTest {

    private final HandTokens article = new HandTokens()
            .sentence("Varga/NNP said/VBD/say no/DT ./.")
            .sentence("The/DT weather/NN was/VBD/be mild/JJ ./.")
            .sentence("Officials/NNS/official warned/VBD/warn of/IN delays/NNS/delay at/IN the/DT busy/JJ port/NN ./.");

    private List<List<Token>> sentences() {
        return List.of(article.sentenceTokens(0), article.sentenceTokens(1), article.sentenceTokens(2));
    }

    @Test
    void selectedModeParsesOnlyCueSentences() {
        assertThat(ParsePlan.decide(NlpConfig.DEFAULTS, sentences())).containsExactly(PARSE, NOT_SELECTED, PARSE);
    }

    @Test
    void allModeParsesEverySentence() {
        assertThat(ParsePlan.decide(NlpConfig.DEFAULTS.withParse(ParseMode.ALL), sentences()))
                .containsExactly(PARSE, PARSE, PARSE);
    }

    @Test
    void noneModeParsesNothing() {
        assertThat(ParsePlan.decide(NlpConfig.DEFAULTS.withParse(ParseMode.NONE), sentences()))
                .containsExactly(NOT_SELECTED, NOT_SELECTED, NOT_SELECTED);
    }

    @Test
    void sentenceOverMaxParseTokensIsSkippedEvenWhenSelected() {
        assertThat(ParsePlan.decide(NlpConfig.DEFAULTS.withMaxParseTokens(5), sentences()))
                .containsExactly(PARSE, NOT_SELECTED, TOO_LONG);
    }

    @Test
    void sentenceOfExactlyMaxParseTokensIsParsed() {
        assertThat(ParsePlan.decide(NlpConfig.DEFAULTS.withParse(ParseMode.ALL).withMaxParseTokens(4), sentences()))
                .containsExactly(PARSE, TOO_LONG, TOO_LONG);
    }

    @Test
    void articleOverMaxArticleTokensIsNotParsedAtAll() {
        assertThat(ParsePlan.decide(NlpConfig.DEFAULTS.withMaxArticleTokens(15), sentences()))
                .containsOnly(ARTICLE_TOO_LONG).hasSize(3);
    }

    @Test
    void customSelectorDecidesUnderSelectedMode() {
        NlpConfig config = NlpConfig.DEFAULTS.withSelector(s -> s.get(0).text().equals("The"));
        assertThat(ParsePlan.decide(config, sentences())).containsExactly(NOT_SELECTED, PARSE, NOT_SELECTED);
    }
}
