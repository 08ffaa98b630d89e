package org.wirescope.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wirescope.time.Dated.TIME;
import static org.wirescope.time.Dated.article;
import static org.wirescope.time.Dated.on;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirescope.model.Article;
import org.wirescope.model.DateMention;
import org.wirescope.model.Span;

class DateOfTest {

    private static final String TEXT = "Talks collapsed on Monday. Officials spoke. The plan runs next year, from June 2.";
    private static final Article ARTICLE = article(TEXT, on("2021-06-16"));
    private static final List<DateMention> MENTIONS = TIME.resolve(ARTICLE);

    private static Span sentence(String words) {
        int start = TEXT.indexOf(words);
        return Span.of(start, start + words.length());
    }

    @Test
    void givesTheDateOfTheSentencesOnlyExpression() {
        assertThat(TIME.dateOf(ARTICLE, MENTIONS, sentence("Talks collapsed on Monday."))).contains("2021-06-14");
    }

    @Test
    void givesTheFirstExpressionOfTheSentence() {
        assertThat(TIME.dateOf(ARTICLE, MENTIONS, sentence("The plan runs next year, from June 2."))).contains("2022");
    }

    @Test
    void givesNothingForASentenceWithoutDates() {
        assertThat(TIME.dateOf(ARTICLE, MENTIONS, sentence("Officials spoke."))).isEmpty();
    }

    @Test
    void ignoresMentionsThatOnlyPartlyLieInTheSentence() {
        assertThat(TIME.dateOf(ARTICLE, MENTIONS, Span.of(0, TEXT.indexOf("Monday") + 3))).isEmpty();
    }

    @Test
    void rejectsASentenceBeyondTheText() {
        assertThatThrownBy(() -> TIME.dateOf(ARTICLE, MENTIONS, Span.of(0, TEXT.length() + 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sentence");
    }
}
