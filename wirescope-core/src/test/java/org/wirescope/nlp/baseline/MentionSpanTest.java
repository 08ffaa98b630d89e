package org.wirescope.nlp.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirescope.model.TextSpan;

class MentionSpanTest {

    private static final String TEXT = "Mayor Ona Brill said so.";

    private static List<CoreLabel> tokens() {
        List<CoreLabel> tokens = new ArrayList<>();
        int i = 0;
        for (String word : TEXT.replace(".", " .").split(" ")) {
            int start = TEXT.indexOf(word, i);
            CoreLabel label = new CoreLabel();
            label.setWord(word);
            label.setBeginPosition(start);
            label.setEndPosition(start + word.length());
            tokens.add(label);
            i = start + word.length();
        }
        return tokens;
    }

    @Test
    void coversTheFirstThroughTheLastTokenBothIncluded() {
        TextSpan mention = CoreNlpQuoteBaseline.mentionSpan(TEXT, tokens(), 1, 2).orElseThrow();

        assertThat(mention.text()).isEqualTo("Ona Brill");
        assertThat(TEXT.substring(mention.start(), mention.end())).isEqualTo(mention.text());
    }

    @Test
    void coversASingleTokenMention() {
        assertThat(CoreNlpQuoteBaseline.mentionSpan(TEXT, tokens(), 2, 2).orElseThrow().text()).isEqualTo("Brill");
    }

    @Test
    void isAbsentWithoutAttributionOrWithIndicesOutsideTheDocument() {
        assertThat(CoreNlpQuoteBaseline.mentionSpan(TEXT, tokens(), null, null)).isEmpty();
        assertThat(CoreNlpQuoteBaseline.mentionSpan(TEXT, tokens(), 3, 9)).isEmpty();
        assertThat(CoreNlpQuoteBaseline.mentionSpan(TEXT, tokens(), 2, 1)).isEmpty();
        assertThat(CoreNlpQuoteBaseline.mentionSpan(TEXT, null, 0, 0)).isEmpty();
    }
}
