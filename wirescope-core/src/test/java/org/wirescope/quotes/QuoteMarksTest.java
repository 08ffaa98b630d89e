package org.wirescope.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirescope.model.Span;

class QuoteMarksTest {

    private static List<String> quoted(String text) {
        return QuoteMarks.find(text, List.of(new Span(0, text.length()))).stream()
                .map(m -> m.content().in(text)).toList();
    }

    @Test
    void pairsAStraightOpeningMarkWithACurlyClosingOne() {
        assertThat(quoted("\"The ferry is late,\u201D said Brill.")).containsExactly("The ferry is late,");
    }

    @Test
    void readsACurlyPairInsideAStraightQuotationAsPartOfIt() {
        assertThat(quoted("\"We watched \u201CHarbour Lights\u201D twice,\" said Brill."))
                .containsExactly("We watched \u201CHarbour Lights\u201D twice,");
    }

    @Test
    void runsAnUnclosedQuotationToTheEndOfTheParagraph() {
        assertThat(quoted("\"The ferry is late and the bridge is shut.")).singleElement()
                .isEqualTo("The ferry is late and the bridge is shut.");
    }

    @Test
    void takesAClosingMarkThatOpensAParagraphForAMistypedOpeningOne() {
        assertThat(quoted("\u201DThe ferry is late again.\u201D \u2015 Ona Brill")).containsExactly("The ferry is late again.");
        assertThat(quoted("She said it was \u201Clate.\u201D Then \u201D left.")).containsExactly("late.");
    }
}
