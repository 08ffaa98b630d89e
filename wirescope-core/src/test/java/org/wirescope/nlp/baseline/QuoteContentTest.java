package org.wirescope.nlp.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirescope.model.Span;

class QuoteContentTest {

    @Test
    void stripsCurlyMarksSoTheSpanCoversOnlyTheWords() {
        String text = "She said \u201CWe are ready\u201D on Tuesday.";
        int open = text.indexOf('\u201C');
        int close = text.indexOf('\u201D') + 1;

        Span inner = QuoteContent.inner(text, open, close).orElseThrow();

        assertThat(inner.in(text)).isEqualTo("We are ready");
        assertThat(inner).isEqualTo(new Span(open + 1, close - 1));
    }

    @Test
    void stripsStraightDoubleMarks() {
        String text = "\"No comment,\" he said.";

        assertThat(QuoteContent.inner(text, 0, 13).orElseThrow().in(text)).isEqualTo("No comment,");
    }

    @Test
    void stripsTwoCharacterLatexStyleMarks() {
        String text = "He wrote ``a fine day'' in the log.";
        int open = text.indexOf("``");
        int close = text.indexOf("''") + 2;

        assertThat(QuoteContent.inner(text, open, close).orElseThrow().in(text)).isEqualTo("a fine day");
    }

    @Test
    void trimsWhiteSpaceStandingInsideTheMarks() {
        String text = "\u201C  Hold the line \u201D";

        assertThat(QuoteContent.inner(text, 0, text.length()).orElseThrow().in(text)).isEqualTo("Hold the line");
    }

    @Test
    void keepsAnApostropheThatEndsTheQuotedWords() {
        String text = "\u201CIt is the players\u2019\u201D";

        assertThat(QuoteContent.inner(text, 0, text.length()).orElseThrow().in(text)).isEqualTo("It is the players\u2019");
    }

    @Test
    void leavesARangeWithoutMarksAsItIs() {
        String text = "plain words";

        assertThat(QuoteContent.inner(text, 0, 5).orElseThrow().in(text)).isEqualTo("plain");
    }

    @Test
    void yieldsNothingForMarksAndSpacesOnly() {
        assertThat(QuoteContent.inner("x \u201C \u201D y", 2, 5)).isEmpty();
        assertThat(QuoteContent.inner("\"\"", 0, 2)).isEmpty();
    }

    @Test
    void yieldsNothingForARangeOutsideTheText() {
        assertThat(QuoteContent.inner("short", 2, 9)).isEmpty();
        assertThat(QuoteContent.inner("short", -1, 3)).isEmpty();
        assertThat(QuoteContent.inner("short", 4, 3)).isEmpty();
    }

    @Test
    void keepsOnlyTheOutermostOfNestedSpansInTextOrder() {
        Span outer = new Span(10, 50);
        Span nested = new Span(20, 30);
        Span earlier = new Span(0, 5);
        Span later = new Span(60, 70);

        assertThat(QuoteContent.outermost(List.of(later, nested, outer, earlier, outer)))
                .containsExactly(earlier, outer, later);
    }

    @Test
    void keepsOverlappingSpansThatDoNotContainEachOther() {
        assertThat(QuoteContent.outermost(List.of(new Span(5, 15), new Span(0, 10))))
                .containsExactly(new Span(0, 10), new Span(5, 15));
    }
}
