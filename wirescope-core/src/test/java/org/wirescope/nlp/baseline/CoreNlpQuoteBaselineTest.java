package org.wirescope.nlp.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.wirescope.model.Article;
import org.wirescope.model.ArticleIds;
import org.wirescope.model.OffsetMap;
import org.wirescope.model.Published;
import org.wirescope.model.Quote;
import org.wirescope.model.Source;
import org.wirescope.model.Span;

@Tag("models")
class CoreNlpQuoteBaselineTest {

    private static CoreNlpQuoteBaseline baseline;

    @BeforeAll
    static void loadModels() {
        baseline = CoreNlpQuoteBaseline.create();
    }

    private static Article article(String... paragraphs) {
        String text = String.join("\n\n", paragraphs);
        List<Span> spans = new ArrayList<>();
        int at = 0;
        for (String p : paragraphs) {
            spans.add(new Span(at, at + p.length()));
            at += p.length() + 2;
        }
        return new Article(ArticleIds.of("t", text), Source.of("test:article", Source.Format.TEXT), "t",
                Published.UNKNOWN, Optional.of("en"), List.of(), List.of(), text, spans, OffsetMap.identity(text.length()));
    }

    private static void assertRoundTrips(Article article, List<Quote> quotes) {
        for (Quote q : quotes) {
            assertThat(q.span().in(article.text())).isEqualTo(q.text());
            q.speaker().mention().ifPresent(m ->
                    assertThat(article.text().substring(m.start(), m.end())).isEqualTo(m.text()));
        }
    }

    @Test
    void attributesAQuoteFollowedBySaidToTheNamedMayor() {
        Article article = article("\u201CWe will reopen the bridge on Monday,\u201D Mayor Ona Brill said.");

        List<Quote> quotes = baseline.quotes(article);

        assertThat(quotes).hasSize(1);
        Quote q = quotes.get(0);
        assertThat(q.text()).isEqualTo("We will reopen the bridge on Monday,");
        assertThat(q.span()).isEqualTo(new Span(1, 1 + q.text().length()));
        assertThat(q.kind()).isEqualTo(Quote.Kind.DIRECT);
        assertThat(q.speaker().name()).contains("Brill");
        assertThat(q.speaker().actor()).isEmpty();
        assertThat(q.speaker().role()).isEmpty();
        // CoreNLP's mention end is the last token itself: an exclusive reading would cut "Brill" off
        assertThat(q.speaker().mention()).hasValueSatisfying(m -> assertThat(m.text()).isIn("Ona Brill", "Mayor Ona Brill"));
        assertThat(q.cue()).isEmpty();
        assertThat(q.via()).isEmpty();
        assertRoundTrips(article, quotes);
    }

    @Test
    void findsQuotesInEveryParagraphWithOffsetsIntoTheArticleText() {
        Article article = article(
                "The council met on Tuesday to discuss the flooded underpass.",
                "\u201CThe pumps failed twice this week,\u201D said Teodor Vask, the city engineer.",
                "Residents were not convinced. \u201CWe have heard this before,\u201D said Mira Olsen, who runs a bakery nearby.");

        List<Quote> quotes = baseline.quotes(article);

        assertThat(quotes).extracting(Quote::text)
                .containsExactly("The pumps failed twice this week,", "We have heard this before,");
        assertThat(quotes).extracting(Quote::id).containsExactly("q1", "q2");
        assertThat(quotes.get(0).speaker().name()).contains("Vask");
        assertThat(quotes.get(1).speaker().name()).contains("Olsen");
        assertRoundTrips(article, quotes);
    }

    @Test
    void keepsOnlyTheOuterQuoteWhenOneIsNestedInAnother() {
        Article article = article(
                "\u201CThe sign said \u2018closed for repairs\u2019 and nobody told us,\u201D the driver Lev Amsel said.");

        List<Quote> quotes = baseline.quotes(article);

        assertThat(quotes).extracting(Quote::text)
                .containsExactly("The sign said \u2018closed for repairs\u2019 and nobody told us,");
        assertRoundTrips(article, quotes);
    }

    @Test
    void findsNothingInAnArticleWithoutQuotationMarks() {
        assertThat(baseline.quotes(article("The river rose by two metres overnight. Schools stayed closed."))).isEmpty();
    }

    @Test
    void returnsNothingInsteadOfFailingWhenCoreNlpThrows() {
        // CoreNLP's quote attribution throws IndexOutOfBoundsException on an empty document
        assertThat(baseline.quotes(article(""))).isEmpty();
    }
}
