package org.wirescope.nlp;

import java.util.ArrayList;
import java.util.List;
import org.wirescope.model.Token;

/** Decides, for each sentence of one article, whether it goes to the parser and, if not, why. */
final class ParsePlan {

    enum Decision { PARSE, TOO_LONG, NOT_SELECTED, ARTICLE_TOO_LONG }

    private ParsePlan() {
    }

    /**
     * @param sentences each sentence's tokens, heads still unparsed
     * @return one decision per sentence, in order
     */
    static List<Decision> decide(NlpConfig config, List<List<Token>> sentences) {
        int articleTokens = 0;
        for (List<Token> s : sentences) articleTokens += s.size();
        boolean articleTooLong = articleTokens > config.maxArticleTokens();
        List<Decision> out = new ArrayList<>(sentences.size());
        for (List<Token> s : sentences) {
            if (config.parse() == ParseMode.NONE) out.add(Decision.NOT_SELECTED);
            else if (articleTooLong) out.add(Decision.ARTICLE_TOO_LONG);
            else if (s.size() > config.maxParseTokens()) out.add(Decision.TOO_LONG);
            else if (config.parse() == ParseMode.ALL || config.selector().wantsParse(s)) out.add(Decision.PARSE);
            else out.add(Decision.NOT_SELECTED);
        }
        return out;
    }
}
